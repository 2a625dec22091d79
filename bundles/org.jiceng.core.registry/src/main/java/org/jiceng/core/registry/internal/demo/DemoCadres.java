package org.jiceng.core.registry.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;

import org.jiceng.cadre.Assignment;
import org.jiceng.cadre.AssignmentStatus;
import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.Designation;
import org.jiceng.cadre.DesignationType;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.cadre.TargetType;
import org.jiceng.core.registry.internal.MemberEntity;
import org.jiceng.core.registry.internal.OrganizationEntity;
import org.jiceng.core.registry.internal.cadre.CadreServiceImpl;
import org.jiceng.core.registry.internal.cadre.PositionWriter;
import org.jiceng.core.registry.internal.transfer.TransferServiceImpl;
import org.jiceng.registry.OrganizationField;
import org.jiceng.registry.OrganizationStatus;
import org.jiceng.registry.OrganizationType;
import org.jiceng.transfer.MobileMember;

/**
 * Cadres for the demo: the leaders of every county organ branch hold posts (some long enough to be
 * due for rotation), some are on the 改非 list, weak and backward village branches have a first
 * secretary from a county organ, and some rural members work away as mobile members.
 */
final class DemoCadres {
    private DemoCadres() {
    }

    static void load(EntityManager em, DemoDataGenerator.Plan plan, List<OrganizationEntity> orgs, List<MemberEntity> members,
            LocalDate today, Random random) {
        MemberEntity[] firstMember = new MemberEntity[orgs.size()];
        MemberEntity[] secondMember = new MemberEntity[orgs.size()];
        MemberEntity[] thirdMember = new MemberEntity[orgs.size()];
        for (int i = 0; i < members.size(); i++) {
            int org = plan.members().get(i).organizationIndex();
            if (firstMember[org] == null) {
                firstMember[org] = members.get(i);
            } else if (secondMember[org] == null) {
                secondMember[org] = members.get(i);
            } else if (thirdMember[org] == null) {
                thirdMember[org] = members.get(i);
            }
            if (i % 60 == 7) {
                String[] places = {"广东省深圳市", "浙江省宁波市", "江苏省苏州市", "福建省厦门市"};
                TransferServiceImpl.insertMobile(em, new MobileMember(null, members.get(i).getId(), places[random.nextInt(places.length)], "务工",
                        today.minusMonths(1 + random.nextInt(30)), null, null, null));
            }
        }
        java.util.ArrayDeque<MemberEntity> secretaries = new java.util.ArrayDeque<>();
        for (int o = 0; o < orgs.size(); o++) {
            OrganizationEntity org = orgs.get(o);
            if (org.getField() == OrganizationField.ORGAN && org.getType() == OrganizationType.BRANCH && firstMember[o] != null) {
                String unit = org.getName().replace("机关党支部", "");
                PositionWriter.insert(em, firstMember[o].getId(), new Position(null, null, unit, org.getJurisdictionCode(), null, "局长",
                        CadreRank.SECTION, PostLevel.HEAD, today.minusYears(1 + random.nextInt(9)).minusDays(random.nextInt(300)), null, null));
                if (secondMember[o] != null) {
                    PositionWriter.insert(em, secondMember[o].getId(), new Position(null, null, unit, org.getJurisdictionCode(), null, "副局长",
                            CadreRank.DEPUTY_SECTION, PostLevel.DEPUTY, today.minusYears(1 + random.nextInt(14)), null, null));
                }
                if (thirdMember[o] != null && o % 3 == 0) {
                    CadreServiceImpl.insertDesignation(em, thirdMember[o].getId(), new Designation(null, null, DesignationType.NON_LEADING,
                            today.minusMonths(2 + random.nextInt(20)), null, "改任非领导职务", null));
                }
                if (thirdMember[o] != null) {
                    secretaries.add(thirdMember[o]);
                }
            } else if (org.getType() == OrganizationType.COMMITTEE && org.getParentId() == null) {
                secretaries.clear(); // a new county: its own organs send its first secretaries
            } else if (org.getField() == OrganizationField.RURAL && org.getType() != OrganizationType.COMMITTEE
                    && org.getStatus() != OrganizationStatus.NORMAL && !secretaries.isEmpty()) {
                // First secretaries go to villages, not to township committees.
                CadreServiceImpl.insertAssignment(em, new Assignment(null, secretaries.poll().getId(), TargetType.JURISDICTION,
                        org.getJurisdictionCode(), "first-secretary", org.getJurisdictionCode(), today.minusMonths(3 + random.nextInt(18)),
                        today.plusMonths(6 + random.nextInt(18)), "县委组织部", AssignmentStatus.ACTIVE, null, "驻村第一书记", null));
            }
        }
    }
}
