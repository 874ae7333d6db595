package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns validation problems into field → message for inline display on forms. */
@Component
public class FormErrors {
    private final ProblemWriter problems;

    FormErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    public Map<String, String> of(HttpServletRequest request, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), problems.message(request, p), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** As {@link #of}, each message with its field's label, for a list of problems shown apart from the inputs. */
    public Map<String, String> listed(HttpServletRequest request, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), problems.labelled(request, p), (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
