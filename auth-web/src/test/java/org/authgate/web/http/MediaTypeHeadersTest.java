package org.authgate.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", "APPLICATION/JSON", "application/vnd.api+json"})
    void mediaTypes(String value) {
        assertThat(MediaTypeHeaders.isMediaType(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "application/", "/json", ""})
    void notMediaTypes(String value) {
        assertThat(MediaTypeHeaders.isMediaType(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json, text/plain;q=0.5", "*/*;q=1.0", "text/*;q=0", "a/b;q=0.123"})
    void readableAcceptHeaders(String value) {
        assertThat(MediaTypeHeaders.isAcceptable(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*;q=x", "application/json;q=2", "text/plain;q=0.1234", "garbage", "*/*;q="})
    void unreadableAcceptHeaders(String value) {
        assertThat(MediaTypeHeaders.isAcceptable(value)).isFalse();
    }
}
