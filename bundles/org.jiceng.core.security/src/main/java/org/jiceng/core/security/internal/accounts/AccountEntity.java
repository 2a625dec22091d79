package org.jiceng.core.security.internal.accounts;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.jiceng.security.Account;
import org.jiceng.security.Role;

@Entity
@Table(name = "sec_account")
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_account_seq")
    @SequenceGenerator(name = "sec_account_seq", sequenceName = "sec_account_seq", allocationSize = 50)
    private Long id;
    @Column(name = "username", nullable = false, length = 64)
    private String username;
    @Column(name = "display_name", length = 100)
    private String displayName;
    @Column(name = "jurisdiction_code", length = 12)
    private String jurisdictionCode;
    @Column(name = "roles", nullable = false, length = 200)
    private String roles;
    @Column(name = "enabled", nullable = false)
    private boolean enabled;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;
    @Column(name = "token_generation", nullable = false)
    private long tokenGeneration;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Account toDto() {
        return new Account(id, username, displayName, jurisdictionCode, roleSet(), enabled, passwordChangedAt, lastLoginAt, lockedUntil,
                createdAt, version);
    }

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::parse).filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    public void setRoleSet(Set<Role> roleSet) {
        this.roles = roleSet.stream().sorted().map(Role::externalName).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getJurisdictionCode() {
        return jurisdictionCode;
    }

    public void setJurisdictionCode(String jurisdictionCode) {
        this.jurisdictionCode = jurisdictionCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public void setPasswordChangedAt(LocalDateTime passwordChangedAt) {
        this.passwordChangedAt = passwordChangedAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(LocalDateTime lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(LocalDateTime lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public long getTokenGeneration() {
        return tokenGeneration;
    }

    public void setTokenGeneration(long tokenGeneration) {
        this.tokenGeneration = tokenGeneration;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }
}
