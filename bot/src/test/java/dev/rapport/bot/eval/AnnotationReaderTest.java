package dev.rapport.bot.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationReaderTest {

    @TempDir
    Path dir;

    private AnnotationLinks read(String content) throws Exception {
        Path file = dir.resolve("x.annotation.txt");
        Files.writeString(file, content);
        return new AnnotationReader().read(file);
    }

    @Test
    void laterLineOfAPairIsTheReplyAndTheEarlierItsParent() throws Exception {
        AnnotationLinks links = read("1002 1003 - \n993 1000 -\n");
        assertThat(links.parentsOf(1003)).containsExactly(1002L);
        assertThat(links.parentsOf(1000)).containsExactly(993L);
        assertThat(links.isAnnotated(1002)).isFalse();
    }

    @Test
    void selfLinkMarksAnAnnotatedMessageWithoutParents() throws Exception {
        AnnotationLinks links = read("1048 1048 -\n");
        assertThat(links.isAnnotated(1048)).isTrue();
        assertThat(links.parentsOf(1048)).isEmpty();
        assertThat(links.linkCount()).isZero();
    }

    @Test
    void selfLinkIsKeptBesideParentsAndCountedByGraphEval() throws Exception {
        AnnotationLinks links = read("1005 1005 -\n1003 1005 -\n1006 1006 -\n");
        assertThat(links.parentsOf(1005)).containsExactly(1003L);
        assertThat(links.startsConversation(1005)).isTrue();
        assertThat(links.startsConversation(1006)).isTrue();
        assertThat(links.linkCount()).isEqualTo(1);
        assertThat(links.graphLinkCount()).isEqualTo(3);
    }

    @Test
    void messageMayHaveSeveralParents() throws Exception {
        AnnotationLinks links = read("1022 1027 -\n1026 1027 -\n");
        assertThat(links.parentsOf(1027)).containsExactlyInAnyOrder(1022L, 1026L);
        assertThat(links.linkCount()).isEqualTo(2);
    }

    @Test
    void firstAnnotatedLineIsTheSmallestReply() throws Exception {
        assertThat(read("1003 1005 -\n993 1000 -\n").firstAnnotatedLine()).isEqualTo(1000);
    }

    @Test
    void blankLinesAndAMissingDashAreAccepted() throws Exception {
        assertThat(read("\n1002 1003\n\n").parentsOf(1003)).containsExactly(1002L);
    }

    @Test
    void lineWithOneNumberIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> read("1002 1003 -\n1004\n"))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining("x.annotation.txt:2:").hasMessageContaining("expected 'LINE LINE -'");
    }

    @Test
    void wordWhereALineNumberShouldBeIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> read("1002 abc -\n"))
                .isInstanceOf(AnnotationException.class)
                .hasMessageContaining("x.annotation.txt:1:").hasMessageContaining("'abc' is not a line number");
    }

    @Test
    void negativeLineNumberIsAnError() {
        assertThatThrownBy(() -> read("-1 3 -\n")).isInstanceOf(AnnotationException.class)
                .hasMessageContaining("'-1' is not a line number");
    }
}
