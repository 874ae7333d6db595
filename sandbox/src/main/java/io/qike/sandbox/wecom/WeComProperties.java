package io.qike.sandbox.wecom;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the WeCom simulator ({@code qike.sandbox.wecom.*}). Everything not set here is derived
 * from the seed, so two runs with the same settings serve identical data.
 */
@ConfigurationProperties("qike.sandbox.wecom")
public class WeComProperties {
    private String corpId = "wwqikedemo0000001";
    private String corpName = "企客演示科技有限公司";
    /** Falls back to {@code qike.sandbox.seed}, then to a fixed default. */
    private Long seed;
    private int members = 300;
    /** Departments of the generated tree: 28 is the base company; more add sales groups under the regions (a bench's 500). */
    private int departments = 28;
    private int externalContacts = 1200;
    private int messages = 5000;
    private int appAgentId = 1000005;
    /** Purchased seats of the self-built app; unset means ten more than its visible members. */
    private Integer appSeats;
    /** Generated timestamps (join dates, chats) lie before this instant, so they do not move between runs. */
    private String dataEpoch = "2026-06-01T09:00:00+08:00";
    /** Optional PEM registered as archive public key version 1 at start-up. */
    private String archivePublicKey;
    /** Overrides of the generated secrets, keyed contacts / customer / app / archive. */
    private Map<String, String> secrets = new LinkedHashMap<>();

    public String getCorpId() { return corpId; }
    public void setCorpId(String corpId) { this.corpId = corpId; }
    public String getCorpName() { return corpName; }
    public void setCorpName(String corpName) { this.corpName = corpName; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public int getMembers() { return members; }
    public void setMembers(int members) { this.members = members; }
    public int getDepartments() { return departments; }
    public void setDepartments(int departments) { this.departments = departments; }
    public int getExternalContacts() { return externalContacts; }
    public void setExternalContacts(int externalContacts) { this.externalContacts = externalContacts; }
    public int getMessages() { return messages; }
    public void setMessages(int messages) { this.messages = messages; }
    public int getAppAgentId() { return appAgentId; }
    public void setAppAgentId(int appAgentId) { this.appAgentId = appAgentId; }
    public Integer getAppSeats() { return appSeats; }
    public void setAppSeats(Integer appSeats) { this.appSeats = appSeats; }
    public String getDataEpoch() { return dataEpoch; }
    public void setDataEpoch(String dataEpoch) { this.dataEpoch = dataEpoch; }
    public String getArchivePublicKey() { return archivePublicKey; }
    public void setArchivePublicKey(String archivePublicKey) { this.archivePublicKey = archivePublicKey; }
    public Map<String, String> getSecrets() { return secrets; }
    public void setSecrets(Map<String, String> secrets) { this.secrets = secrets; }
}
