package dev.rapport.bot.discord.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackMultipartBodyTest {

    private static final String BOUNDARY = "b0undary";

    private static byte[] body(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void boundaryIsReadFromTheContentTypeWithOrWithoutQuotes() {
        assertThat(MultipartBody.boundaryOf("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartBody.boundaryOf("multipart/form-data; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartBody.boundaryOf("application/json")).isNull();
        assertThat(MultipartBody.boundaryOf(null)).isNull();
    }

    @Test
    void payloadJsonAndFilePartsAreSplitWithTheirNamesAndExactContent() {
        byte[] body = body("""
                --b0undary
                Content-Disposition: form-data; name="payload_json"
                Content-Type: application/json

                {"content":"hi"}
                --b0undary
                Content-Disposition: form-data; name="files[0]"; filename="notes.txt"
                Content-Type: text/plain

                line one
                line two
                --b0undary--
                """);

        List<MultipartBody.Part> parts = MultipartBody.parse(body, BOUNDARY);

        assertThat(parts).extracting(MultipartBody.Part::name).containsExactly("payload_json", "files[0]");
        assertThat(parts.get(0).filename()).isNull();
        assertThat(parts.get(0).text()).isEqualTo("{\"content\":\"hi\"}");
        assertThat(parts.get(1).filename()).isEqualTo("notes.txt");
        assertThat(parts.get(1).text()).isEqualTo("line one\r\nline two");
    }

    @Test
    void aPartWithoutHeadersIsRejectedWithAClearMessage() {
        byte[] body = body("--b0undary\nno header end here\n--b0undary--\n");

        assertThatThrownBy(() -> MultipartBody.parse(body, BOUNDARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Malformed multipart body");
    }
}
