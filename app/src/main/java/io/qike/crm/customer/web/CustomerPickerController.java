package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerPicker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The choices of the customer picker (htmx), for any form that embeds {@code customers/picker :: field}. */
@Controller
class CustomerPickerController {
    private final CustomerPicker picker;

    CustomerPickerController(CustomerPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/customers/picker")
    String options(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("choices", picker.offer(q));
        return "customers/picker :: options";
    }
}
