package io.qike.crm.platform.web;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.security.SignInNotice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user and the current path for the navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {
    @ModelAttribute("me")
    QikeUser me() {
        return CurrentUser.find().orElse(null);
    }

    /** Failed sign-in attempts on the account before this session's sign-in, on the first full page after it. */
    @ModelAttribute("failedSignIns")
    Integer failedSignIns(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null ? null : SignInNotice.take(request).orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
