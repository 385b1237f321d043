package dev.rapport.rules.text;

import dev.rapport.rules.model.ChannelInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembersRecordsTest {

    @Test
    void aTopicHeadedByTheMembersOwnDiariesOrLogsNamesARoomOfOwnPosts() {
        assertThat(MembersRecords.named("members' allotment diaries")).isTrue();
        assertThat(MembersRecords.named("Your grow journals, week by week")).isTrue();
        assertThat(MembersRecords.named("bikes only: everyone's build logs")).isTrue();
    }

    @Test
    void diariesInAListOfSubjectsAreTheCalendarTalkedAbout() {
        assertThat(MembersRecords.named("notes, diaries, invoices, the admin side")).isFalse();
        assertThat(MembersRecords.named("pass on work that clashes with your diary")).isFalse();
        assertThat(MembersRecords.named("members' chat: tools, pricing")).isFalse();
    }

    @Test
    void suchARoomIsForOwnPosts() {
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("renovations", "members' renovation diaries"))).isTrue();
        assertThat(ChannelPurpose.ownPosts(ChannelInfo.of("admin-side", "contracts, diaries, invoices, tax"))).isFalse();
    }
}
