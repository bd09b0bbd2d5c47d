package dev.backendaudit.evidence.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    static final List<String> PACKAGES = List.of("dev.shop", "dev.shop.orders", "dev.shop.orders.api",
            "dev.shop.billing.internal", "dev.shop.ordersx");

    @Test
    void should_draw_components_one_level_below_the_common_root_by_default() {
        assertThat(Components.commonRoot(PACKAGES)).isEqualTo("dev.shop");
        assertThat(Components.defaults().assign(PACKAGES)).isEqualTo(Map.of(
                "dev.shop", "dev.shop", "dev.shop.billing.internal", "dev.shop.billing",
                "dev.shop.orders", "dev.shop.orders", "dev.shop.orders.api", "dev.shop.orders",
                "dev.shop.ordersx", "dev.shop.ordersx"));
    }

    @Test
    void should_draw_components_by_a_fixed_package_depth() {
        assertThat(Components.byDepth(2).assign(List.of("com.acme.orders", "org.other.x.y", "single")))
                .isEqualTo(Map.of("com.acme.orders", "com.acme", "org.other.x.y", "org.other",
                        "single", "single"));
    }

    @Test
    void should_map_packages_to_the_longest_matching_prefix_and_leave_the_rest_out() {
        Components components = Components.byPrefix(Map.of("dev.shop.orders", "orders",
                "dev.shop.orders.api", "api", "dev.shop.billing", "billing"));
        assertThat(components.assign(PACKAGES)).isEqualTo(Map.of(
                "dev.shop.billing.internal", "billing", "dev.shop.orders", "orders", "dev.shop.orders.api", "api"));
        assertThat(components.describe()).isEqualTo("a mapping of 3 package prefixes");
    }

    @Test
    void should_find_no_common_root_for_unrelated_packages() {
        assertThat(Components.commonRoot(List.of("com.a", "org.b"))).isEmpty();
        assertThat(Components.defaults().assign(List.of("com.a.x", "org.b"))).isEqualTo(Map.of(
                "com.a.x", "com", "org.b", "org"));
    }
}
