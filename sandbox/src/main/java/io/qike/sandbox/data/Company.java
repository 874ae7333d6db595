package io.qike.sandbox.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One company of the generated data set: the facts every provider simulator renders in its own
 * wire format, so the same company looks the same through 企查查, 天眼查 and 启信宝.
 *
 * @param index         position in {@link CompanyDataSet#companies()}
 * @param keyNo         企查查 internal id (32 lower-case hex chars)
 * @param tianyanchaId  天眼查 numeric id
 * @param qixinId       启信宝 id (UUID form)
 * @param name          current registered name
 * @param formerNames   earlier names, oldest first; empty when never renamed
 * @param brand         字号, e.g. "华腾"; shared by companies in several regions
 * @param creditCode    统一社会信用代码, valid per GB 32100
 * @param regNo         15-digit 注册号 (ISO 7064 MOD 11,10 check digit)
 * @param orgNo         组织机构代码 "XXXXXXXX-X", the one embedded in the credit code
 * @param legalPerson   法定代表人
 * @param capital       registered capital in 万 of {@code currency}
 * @param currency      "人民币", "美元" or "港元"
 * @param establishedOn 成立日期 (also start of the business term)
 * @param termEnd       end of the business term; null means 无固定期限
 * @param approvedOn    核准日期 (last approval by the authority)
 * @param closedOn      注销/吊销 date; null unless the status is 注销 or 吊销
 * @param status        登记状态: 存续, 在业, 注销, 吊销 or 迁出
 * @param econKind      企业类型, e.g. "有限责任公司（自然人投资或控股）"
 * @param region        registration region
 * @param belongOrg     登记机关
 * @param address       registered address
 * @param industry      industry classification
 * @param scope         经营范围
 * @param phone         contact phone
 * @param email         contact email; null when none is published
 * @param website       web site host; null when none is published
 * @param staff         number of insured staff
 */
public record Company(int index, String keyNo, long tianyanchaId, String qixinId,
                      String name, List<FormerName> formerNames, String brand,
                      String creditCode, String regNo, String orgNo,
                      String legalPerson, BigDecimal capital, String currency,
                      LocalDate establishedOn, LocalDate termEnd, LocalDate approvedOn, LocalDate closedOn,
                      String status, String econKind, Region region, String belongOrg, String address,
                      Industry industry, String scope, String phone, String email, String website, int staff) {

    public Company {
        formerNames = List.copyOf(formerNames);
    }

    /** Cheap and consistent with the record's equals (equal companies share index and credit code). */
    @Override
    public int hashCode() {
        return 31 * index + creditCode.hashCode();
    }

    /** Capital as the registries print the number: no trailing zeros, no exponent ("5000", "1263.1579"). */
    public String capitalAmount() {
        return capital.stripTrailingZeros().toPlainString();
    }

    /** Former names only, oldest first. */
    public List<String> historyNames() {
        return formerNames.stream().map(FormerName::name).toList();
    }
}
