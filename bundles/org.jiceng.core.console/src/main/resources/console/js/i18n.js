// The console's words in Chinese (the default) and English; the choice is kept in the browser.
const WORDS = {
  zh: {
    'language.switch': 'English',
    'nav.jurisdictions': '辖区',
    'nav.modules': '模块',
    signOut: '退出',
    'signin.title': '登录',
    'signin.username': '账号',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.expired': '登录已过期，请重新登录。',
    'signin.signedOut': '已退出。',
    'jurisdictions.title': '辖区',
    'jurisdictions.children': '下级辖区',
    'jurisdictions.none': '没有下级辖区。',
    'jurisdictions.open': '查看',
    'jurisdiction.organizations': '党组织',
    'jurisdiction.members': '党员和发展对象',
    'jurisdiction.stage.APPLICANT': '入党申请人',
    'jurisdiction.stage.ACTIVIST': '入党积极分子',
    'jurisdiction.stage.CANDIDATE': '发展对象',
    'jurisdiction.stage.PROBATIONARY': '预备党员',
    'jurisdiction.stage.FULL': '正式党员',
    'jurisdiction.memberList': '党员（前 20 名）',
    'member.name': '姓名',
    'member.gender': '性别',
    'member.stage': '阶段',
    'member.idCard': '身份证号',
    'member.phone': '电话',
    'gender.MALE': '男',
    'gender.FEMALE': '女',
    'modules.title': '模块',
    'modules.id': '标识',
    'modules.name': '名称',
    'modules.version': '版本',
    'modules.origin': '来源',
    'modules.state': '状态',
    'modules.enabled': '已启用的辖区',
    'modules.code': '辖区代码',
    'modules.enable': '启用',
    'modules.disable': '停用',
    'modules.none': '没有安装模块。',
    'modules.enabledFor': '已为 {code} 启用 {module}。',
    'modules.disabledFor': '已为 {code} 停用 {module}。',
    'pager.previous': '上一页',
    'pager.next': '下一页',
    'pager.of': '第 {page} / {pages} 页，共 {total} 条',
    'error.network': '无法连接服务器。',
  },
  en: {
    'language.switch': '中文',
    'nav.jurisdictions': 'Jurisdictions',
    'nav.modules': 'Modules',
    signOut: 'Sign out',
    'signin.title': 'Sign in',
    'signin.username': 'Account',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.expired': 'Your session has expired. Please sign in again.',
    'signin.signedOut': 'Signed out.',
    'jurisdictions.title': 'Jurisdictions',
    'jurisdictions.children': 'Jurisdictions below',
    'jurisdictions.none': 'No jurisdictions below.',
    'jurisdictions.open': 'Open',
    'jurisdiction.organizations': 'Party organizations',
    'jurisdiction.members': 'Members and people in development',
    'jurisdiction.stage.APPLICANT': 'Applicants',
    'jurisdiction.stage.ACTIVIST': 'Activists',
    'jurisdiction.stage.CANDIDATE': 'Development candidates',
    'jurisdiction.stage.PROBATIONARY': 'Probationary members',
    'jurisdiction.stage.FULL': 'Full members',
    'jurisdiction.memberList': 'Members (first 20)',
    'member.name': 'Name',
    'member.gender': 'Gender',
    'member.stage': 'Stage',
    'member.idCard': 'ID card',
    'member.phone': 'Phone',
    'gender.MALE': 'Male',
    'gender.FEMALE': 'Female',
    'modules.title': 'Modules',
    'modules.id': 'Id',
    'modules.name': 'Name',
    'modules.version': 'Version',
    'modules.origin': 'Origin',
    'modules.state': 'State',
    'modules.enabled': 'Enabled for',
    'modules.code': 'Jurisdiction code',
    'modules.enable': 'Enable',
    'modules.disable': 'Disable',
    'modules.none': 'No module is installed.',
    'modules.enabledFor': '{module} enabled for {code}.',
    'modules.disabledFor': '{module} disabled for {code}.',
    'pager.previous': 'Previous',
    'pager.next': 'Next',
    'pager.of': 'page {page} of {pages}, {total} in all',
    'error.network': 'The server cannot be reached.',
  },
};

const KEY = 'jiceng.language';

export function language() {
  const chosen = localStorage.getItem(KEY);
  return chosen === 'en' ? 'en' : 'zh';
}

export function switchLanguage() {
  localStorage.setItem(KEY, language() === 'zh' ? 'en' : 'zh');
}

/** The word for a key in the current language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = WORDS[language()][key] ?? WORDS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/** Fills every element marked data-i18n under root with its word. */
export function translate(root = document) {
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}
