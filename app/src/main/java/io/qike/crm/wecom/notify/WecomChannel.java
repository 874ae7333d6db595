package io.qike.crm.wecom.notify;

import io.qike.crm.notify.NotificationChannel;
import io.qike.crm.wecom.WecomBindings;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 企业微信 as a notification channel: deliveries with the same text become one text card from the CRM app to the
 * bound members of their recipients (up to 1000 per message/send); WeCom's duplicate check drops a resend of it
 * after a crash. A recipient bound to no member fails for good (未绑定企业微信);
 * one WeCom lists in {@code invaliduser} (outside the visible range, no seat) fails for good too and is shown to the
 * administrators; a busy or unreachable WeCom is retried with notify's back-off. Token errors (40014, 42001) are
 * WxJava's to renew. Only enterprises that connected their corp with the app's secret get deliveries at all.
 */
@Component
class WecomChannel implements NotificationChannel {
    static final String NAME = "wecom";
    static final String UNBOUND = "wecom_unbound";
    static final String INVALID_USER = "invaliduser";
    static final int MAX_USERS = 1000;
    private static final Logger log = LoggerFactory.getLogger(WecomChannel.class);
    /** WeCom's "system busy" and "rate limited": worth another try later. */
    private static final Set<Integer> TRANSIENT = Set.of(-1, 45009, 45033);
    private final WecomConnections connections;
    private final WecomClients clients;
    private final WecomBindings bindings;
    private final WecomCards cards;

    WecomChannel(WecomConnections connections, WecomClients clients, WecomBindings bindings, WecomCards cards) {
        this.connections = connections;
        this.clients = clients;
        this.bindings = bindings;
        this.cards = cards;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "wecom.notify.channel";
    }

    @Override
    public boolean servesCurrentTenant() {
        return connections.current().filter(c -> c.hasAgentSecret() && c.agentId() != null).isPresent();
    }

    @Override
    public Map<Long, Result> deliver(List<Delivery> batch) {
        Map<Long, Result> results = new HashMap<>();
        long tenantId = batch.get(0).tenantId();
        Optional<WecomConnection> connection = connections.current().filter(c -> c.agentId() != null);
        Optional<WxCpService> app = clients.forTenant(tenantId).app();
        if (connection.isEmpty() || app.isEmpty()) {
            // Disconnected since the notification was made: nobody can be reached this way now.
            batch.forEach(d -> results.put(d.deliveryId(), Result.failed("wecom_not_connected")));
            return results;
        }
        Map<Long, String> userids = bindings.wecomUsersFor(batch.stream().map(Delivery::userId).distinct().toList());
        Map<WecomCards.Key, List<Delivery>> byCard = new LinkedHashMap<>();
        for (Delivery d : batch) {
            if (userids.containsKey(d.userId())) byCard.computeIfAbsent(WecomCards.Key.of(d), n -> new ArrayList<>()).add(d);
            else results.put(d.deliveryId(), Result.failed(UNBOUND));
        }
        for (List<Delivery> same : byCard.values()) {
            for (int i = 0; i < same.size(); i += MAX_USERS) {
                results.putAll(send(app.get(), connection.get(), same.subList(i, Math.min(same.size(), i + MAX_USERS)), userids));
            }
        }
        return results;
    }

    /** One card to the members of deliveries with the same text. */
    private Map<Long, Result> send(WxCpService app, WecomConnection c, List<Delivery> deliveries, Map<Long, String> userids) {
        String touser = deliveries.stream().map(d -> userids.get(d.userId())).distinct().collect(Collectors.joining("|"));
        Map<Long, Result> results = new HashMap<>();
        try {
            WxCpMessageSendResult answer = app.getMessageService().send(cards.card(deliveries.get(0), c.corpId(), c.agentId(), touser));
            Set<String> invalid = invalid(answer.getInvalidUser());
            invalid.addAll(invalid(answer.getUnlicensedUser()));
            for (Delivery d : deliveries) {
                results.put(d.deliveryId(), invalid.contains(userids.get(d.userId())) ? Result.failed(INVALID_USER) : Result.DELIVERED);
            }
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            // 81013: every recipient is outside the visible range or without a seat.
            // Anything else (busy, rate limit, a setting the administrator can fix: 60020, 48002) is tried again later.
            Result r = code == 81013 ? Result.failed(INVALID_USER) : Result.retry(null, "wecom_" + code);
            if (!TRANSIENT.contains(code) && code != 81013) log.warn("WeCom refused a notification card: errcode {}", code);
            deliveries.forEach(d -> results.put(d.deliveryId(), r));
        } catch (RuntimeException e) {
            // HTTP 5xx, timeouts, a WeCom that cannot be reached: the usual back-off.
            log.warn("WeCom did not take a notification card: {}", e.toString());
            deliveries.forEach(d -> results.put(d.deliveryId(), Result.retry(null, "wecom_unreachable")));
        }
        return results;
    }

    private static Set<String> invalid(String list) {
        Set<String> out = new java.util.HashSet<>();
        if (list != null) for (String u : list.split("\\|")) if (!u.isBlank()) out.add(u.trim());
        return out;
    }
}
