package org.gridvoice.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The insight map's base-map tiles: their origin, and nothing more, joins the image sources when configured. */
class TileOriginPolicyTest {

    @Test
    void no_tile_url_leaves_the_policy_as_it_was() {
        assertThat(SecurityConfig.contentSecurityPolicy("")).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.contentSecurityPolicy(null)).isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_tile_template_adds_its_origin_to_the_image_sources_only() {
        String policy = SecurityConfig.contentSecurityPolicy("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png");
        assertThat(policy).contains("img-src 'self' data: https://tiles.example.org:8443;").contains("connect-src 'self';")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
    }
}
