package dev.backendaudit.evidence.architecture;

/**
 * One edge of a dependency cycle: a package or component that depends on another, with one
 * example of a class dependency that makes it so.
 *
 * @param from        the package or component that depends
 * @param to          the package or component depended on
 * @param originClass the class whose dependency is the example, e.g. {@code com.acme.orders.Order}
 * @param targetClass the class it depends on
 * @param example     ArchUnit's description of the dependency, with its source location, e.g.
 *                    {@code "Method <com.acme.orders.Order.bill()> calls method <com.acme.billing.Invoice.of()> in (Order.java:42)"}
 */
public record CycleEdge(String from, String to, String originClass, String targetClass, String example) {

    /** {@code "orders -> billing (Order.bill() calls ...)"}. */
    @Override
    public String toString() {
        return from + " -> " + to + " (" + example + ")";
    }
}
