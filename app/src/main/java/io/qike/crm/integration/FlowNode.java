package io.qike.crm.integration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One step of an action flow. Nodes run in order; a BRANCH may jump forward; an OUTPUT ends the
 * flow. Values are expressions: text with {@code ${variable|filter:arg}} placeholders, where
 * variables are the trigger's inputs, a CALL's results as {@code ${nodeId.field}} (plus
 * {@code _status}, {@code _code}, {@code _message}) and names set by TRANSFORM nodes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = FlowNode.Call.class, name = "CALL"),
        @JsonSubTypes.Type(value = FlowNode.Transform.class, name = "TRANSFORM"),
        @JsonSubTypes.Type(value = FlowNode.Branch.class, name = "BRANCH"),
        @JsonSubTypes.Type(value = FlowNode.Output.class, name = "OUTPUT")})
@org.springframework.modulith.NamedInterface("presets")
public sealed interface FlowNode {
    String id();

    /**
     * Calls a connector interface (连接器节点). {@code connectionId} may be null when the interface's
     * connector has exactly one enabled connection. By default no result or a failure ends the flow
     * with that outcome; the flags let later nodes handle them instead.
     */
    @org.springframework.modulith.NamedInterface("presets")
    record Call(String id, Long interfaceId, Long connectionId, List<NameValue> inputs, Boolean continueOnEmpty,
                Boolean continueOnFailure) implements FlowNode {
        public Call {
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
            continueOnEmpty = continueOnEmpty != null && continueOnEmpty;
            continueOnFailure = continueOnFailure != null && continueOnFailure;
        }
    }

    /** Sets variables: each name gets the value of its expression (default values, concatenation, dates, money). */
    @org.springframework.modulith.NamedInterface("presets")
    record Transform(String id, List<NameValue> assignments) implements FlowNode {
        public Transform {
            assignments = assignments == null ? List.of() : List.copyOf(assignments);
        }
    }

    /** Jumps to {@code goTo} when the condition holds, else to {@code elseGoTo} (or the next node when empty). */
    @org.springframework.modulith.NamedInterface("presets")
    record Branch(String id, String left, Operator operator, String right, String goTo, String elseGoTo) implements FlowNode {
    }

    /** Ends the flow with these output fields and the given status (SUCCESS by default). */
    @org.springframework.modulith.NamedInterface("presets")
    record Output(String id, List<OutputField> fields, FlowStatus status) implements FlowNode {
        public Output {
            fields = fields == null ? List.of() : List.copyOf(fields);
            if (status == null) status = FlowStatus.SUCCESS;
        }
    }

    /** Comparisons a BRANCH can make; values compare as numbers when both sides are numbers, else as text. */
    enum Operator {
        EQ, NE, GT, GE, LT, LE, CONTAINS, EMPTY, NOT_EMPTY
    }
}
