package io.qike.crm.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller must hold every one of these permissions. Put it on a service method or class, never
 * on a controller: the UI and the API then share one check.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAllAuthorities({value})")
public @interface RequiresPermission {
    Permission[] value();
}
