package dev.rapport.rules.engine;

import dev.rapport.rules.engine.CommunityState.Person;

/**
 * Someone taken back from a community's snapshot under a stand-in, of whom the community also counted something under
 * their own id before an event named them ({@link CommunityState#adopt}): the two are one person's, what was kept from
 * before the restart and what came after it, so they are joined as one run without a restart would have counted them.
 * Counts add up; what was learned once stays learned; of the "latest" readings (their last question, whom they last
 * helped or promised to write to, their roles, whether they own the community) the one since the restart is the
 * latest. In the engine an event naming a person adopts them before it is counted, so there only the person's own
 * snapshot (what they learned lately) fills the entry under their id; fed otherwise, the community loses nothing.
 */
final class AdoptedPerson {
    private AdoptedPerson() {
    }

    /** Joins into {@code kept} (taken back from the snapshot) what {@code since} holds (under their id since). */
    static void takeSince(Person kept, Person since) {
        // Taken back from the person's own snapshot too (their state was restored first): what they learned and
        // passed over is kept there.
        kept.answeredTopics = since.answeredTopics;
        kept.answeredAt = since.answeredAt;
        kept.namedTool = since.namedTool;
        kept.passedOver = since.passedOver;
        kept.messages += since.messages;
        kept.questions += since.questions;
        kept.answers += since.answers;
        kept.announcements += since.announcements;
        // Learned once, never unlearned: a customer's word to them, their own word for clients, an offer of their
        // work, a job they posted, a referral or a purchase, a word in the trade's own room.
        kept.servesClients |= since.servesClients;
        kept.talkedInTradeRoom |= since.talkedInTradeRoom;
        kept.seeksClients |= since.seeksClients;
        kept.offersWork |= since.offersWork;
        kept.postedJob |= since.postedJob;
        kept.referred |= since.referred;
        kept.bought |= since.bought;
        if (!since.roles.isEmpty()) {
            kept.roles = since.roles;
        }
        if (since.messages > 0) {
            // As their latest message said.
            kept.owner = since.owner;
        }
        if (since.lastInChannels != null && (kept.lastInChannels == null
                || since.lastInChannels.isAfter(kept.lastInChannels))) {
            kept.lastInChannels = since.lastInChannels;
        }
        if (since.lastQuestion != null) {
            kept.lastQuestion = since.lastQuestion;
            kept.lastQuestionChannel = since.lastQuestionChannel;
            kept.lastQuestionSeeksOffer = since.lastQuestionSeeksOffer;
            kept.lastQuestionAsksWhoHasOne = since.lastQuestionAsksWhoHasOne;
        }
        // They may have asked the room since the restart, before this message named them.
        if (since.askedTheRoomAt != null && (kept.askedTheRoomAt == null
                || since.askedTheRoomAt.isAfter(kept.askedTheRoomAt))) {
            kept.askedTheRoomAt = since.askedTheRoomAt;
            kept.askedTheRoomTakenUpBy = since.askedTheRoomTakenUpBy;
        }
        if (since.lastHelpedAt != null) {
            kept.lastHelped = since.lastHelped;
            kept.lastHelpedIn = since.lastHelpedIn;
            kept.lastHelpedAt = since.lastHelpedAt;
        }
        if (since.promisedPrivatelyAt != null) {
            kept.promisedPrivately = since.promisedPrivately;
            kept.promisedPrivatelyAt = since.promisedPrivatelyAt;
        }
    }
}
