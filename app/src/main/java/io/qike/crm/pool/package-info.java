/**
 * 公海: public customer pools with their members and admins, claiming and returning customers within caps and
 * cooling periods, and the recycle rules that move neglected customers back into a pool every day.
 *
 * <p><b>How a customer is in a pool.</b> The customer row says it: {@code customer.owner_id} (owned) or
 * {@code customer.pool_id} (in that pool), exactly one of the two (a check constraint, V78). The customer module owns
 * the row and does every move in one conditional statement through {@code customer.CustomerPools}; this module decides
 * who may do what, keeps the pools, caps and rules, the move log ({@code customer_pool_move}) and the warnings. A pool
 * customer is nobody's: no data scope includes a record without owner ({@code platform.VisibleOwners}), so the
 * customer list, detail, exports and statistics show owned customers only; pool customers are reached here. Customers
 * imported straight into a pool by one of its administrators come in without owner; {@code PoolImports} decides who may
 * and logs their IMPORT moves in the import's transaction.
 *
 * <p><b>Rules, decided here.</b> A user's cap is the largest cap of their roles, none when one of their roles has
 * none (roles add rights up). The daily claim limit counts the user's claims from that pool since the start of the
 * enterprise's day (returns give none back; an administrator's assignment is not a claim). The cooling period bars
 * only the user who returned the customer. A recycle rule's clock starts at the latest of the customer's last
 * follow-up (or last win, for {@code NO_WON}), the time its current owner got it, from a pool or from another owner
 * ({@code customer.owner_since}, set by a trigger on every change of owner, V86) and its creation. Claims and assignments to one user take turns under a per-user transaction lock, inside which
 * the cap and the daily limit are counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public pools")
package io.qike.crm.pool;
