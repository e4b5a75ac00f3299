package org.pathwork.workflow.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.config.PathworkProperties;

class LinkSignerTest {

    private static final String KEY = "a key for the tests, long enough to sign links";
    private final LinkSigner signer = new LinkSigner(KEY);

    @Test
    void aTokenIsTheLinkIdADotAndItsSignatureInBase64url() {
        String id = LinkSigner.newLinkId();
        String token = signer.token(id);
        assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(token).hasSize(LinkSigner.TOKEN_LENGTH).startsWith(id + ".").matches("[A-Za-z0-9_.-]+");
        assertThat(signer.linkIdOf(token)).contains(id);
        assertThat(LinkSigner.newLinkId()).as("random every time").isNotEqualTo(id);
    }

    @Test
    void everyChangeOfASingleCharacterIsRefused() {
        String token = signer.token(LinkSigner.newLinkId());
        for (int i = 0; i < token.length(); i++) {
            for (char c : new char[] {'A', 'z', '0', '-', '_', '.'}) {
                if (token.charAt(i) != c) {
                    String changed = token.substring(0, i) + c + token.substring(i + 1);
                    assertThat(signer.linkIdOf(changed)).as(changed).isEmpty();
                }
            }
        }
    }

    @Test
    void aTokenCutShortLengthenedOrEmptyIsRefused() {
        String token = signer.token(LinkSigner.newLinkId());
        assertThat(signer.linkIdOf(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(signer.linkIdOf(token + "A")).isEmpty();
        assertThat(signer.linkIdOf(token + "=")).isEmpty();
        assertThat(signer.linkIdOf("")).isEmpty();
        assertThat(signer.linkIdOf(null)).isEmpty();
        assertThat(signer.linkIdOf("x".repeat(LinkSigner.TOKEN_LENGTH))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = new LinkSigner("another key, also long enough to sign links").token(LinkSigner.newLinkId());
        assertThat(signer.linkIdOf(token)).isEmpty();
    }

    @Test
    void aConfiguredKeyMustBeLongEnoughAndALinkMustExpire() {
        assertThatThrownBy(() -> new PathworkProperties.Links("too short", null))
                .hasMessageContaining("PW-LINK-001").hasMessageContaining("32");
        assertThatThrownBy(() -> new PathworkProperties.Links(null, Duration.ZERO)).hasMessageContaining("PW-LINK-002");
        PathworkProperties.Links defaults = new PathworkProperties.Links("  ", null);
        assertThat(defaults.secret()).as("blank is not set").isNull();
        assertThat(defaults.ttl()).isEqualTo(Duration.ofDays(14));
        assertThat(new PathworkProperties.Links(KEY, null).toString()).doesNotContain(KEY);
    }
}
