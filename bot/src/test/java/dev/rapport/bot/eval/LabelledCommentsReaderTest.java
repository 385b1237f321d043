package dev.rapport.bot.eval;

import dev.rapport.bot.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelledCommentsReaderTest {
    @TempDir
    Path dir;

    private final LabelledCommentsReader reader = new LabelledCommentsReader();

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsContentAndLabelWithTheLineEachRecordStartsOn() throws Exception {
        Path file = csv("a.csv", "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n"
                + "id1,\"Ann\",2014-01-01,\"check out my pottery channel\",1\n"
                + "id2,\"Bob\",2014-01-02,\"lovely bassline in this one\",0\n");
        List<LabelledComment> comments = reader.read(file);
        assertThat(comments).containsExactly(
                new LabelledComment(file.toString(), 2, "check out my pottery channel", true),
                new LabelledComment(file.toString(), 3, "lovely bassline in this one", false));
    }

    @Test
    void columnsMayComeInAnyOrderAndOthersAreIgnored() throws Exception {
        Path file = csv("b.csv", "CLASS,CONTENT\n0,hello\n");
        assertThat(reader.read(file)).extracting(LabelledComment::text).containsExactly("hello");
    }

    @Test
    void aQuotedCommentMaySpanLines() throws Exception {
        Path file = csv("c.csv", "CONTENT,CLASS\n\"first line\nsecond line\",1\n\"next\",0\n");
        List<LabelledComment> comments = reader.read(file);
        assertThat(comments).extracting(LabelledComment::text).containsExactly("first line\nsecond line", "next");
        assertThat(comments.get(1).line()).isEqualTo(4);
    }

    @Test
    void htmlEntitiesAndLineBreakTagsBecomePlainText() throws Exception {
        Path file = csv("d.csv", "CONTENT,CLASS\n\"Tom &amp; Jerry&#39;s &lt;3 &quot;hi&quot;<br />next<br/>line &#8364;5 &#x41;\",0\n");
        assertThat(reader.read(file).get(0).text()).isEqualTo("Tom & Jerry's <3 \"hi\" next line €5 A");
    }

    @Test
    void unknownEntitiesAndOtherTagsAreLeftAsWritten() {
        assertThat(LabelledCommentsReader.plainText("a &bogus; b <b>bold</b> &#99999999;"))
                .isEqualTo("a &bogus; b <b>bold</b> &#99999999;");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("nope.csv")
                .hasMessageContaining("no such file");
    }

    @Test
    void aMissingContentColumnIsNamedWithTheHeaderFound() throws Exception {
        Path file = csv("e.csv", "COMMENT_ID,TEXT,CLASS\nid,hello,0\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("e.csv:1")
                .hasMessageContaining("no CONTENT column")
                .hasMessageContaining("COMMENT_ID, TEXT, CLASS");
    }

    @Test
    void aMissingClassColumnIsNamed() throws Exception {
        Path file = csv("f.csv", "CONTENT,LABEL\nhello,0\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no CLASS column");
    }

    @Test
    void aBadClassValueNamesFileLineAndValue() throws Exception {
        Path file = csv("g.csv", "CONTENT,CLASS\nfine,0\nbad,spam\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("g.csv:3")
                .hasMessageContaining("CLASS must be 1 (spam) or 0 (not spam), found \"spam\"");
    }

    @Test
    void aHeaderWithoutRecordsIsAnEmptyList() throws Exception {
        assertThat(reader.read(csv("i.csv", "CONTENT,CLASS\n"))).isEmpty();
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        Path file = csv("h.csv", "");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("h.csv")
                .hasMessageContaining("empty");
    }
}
