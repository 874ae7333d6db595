/**
 * 公海: public customer pools with their members and admins, claiming and returning customers within caps and
 * cooling periods, and the recycle rules that move neglected customers back into a pool every day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public pools")
package io.qike.crm.pool;
