package io.qike.crm.platform.org;

import java.util.ArrayList;
import java.util.List;

/**
 * What an admin enters for a user. The password is set on create and on reset only. Its field rules are
 * checked by the service ({@link UserFormChecks}), like every other input.
 */
public class UserForm {
    private String login;
    private String displayName;
    private String mobile;
    private String email;
    private Long departmentId;
    private Long managerId;
    private String status = "ACTIVE";
    private String password;
    private List<Long> roleIds = new ArrayList<>();

    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getManagerId() { return managerId; }
    public void setManagerId(Long managerId) { this.managerId = managerId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Long> getRoleIds() { return roleIds; }
    public void setRoleIds(List<Long> roleIds) { this.roleIds = roleIds == null ? new ArrayList<>() : roleIds; }
}
