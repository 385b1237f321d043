package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;
import dev.rapport.rules.model.ChannelInfo;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The week {@code TradesOwnCommunityTest} and {@code TradesOwnCommunityRestartTest} share: Ana sells glazing (the
 * community has a showcase); her fellows answer and announce in the trade's room; then something happens meanwhile;
 * then, after {@code between} (a restart, or nothing), Ana spends the rest of her week talking shop with them by name.
 */
final class ShopTalkWeek {

    static final ChannelInfo YARD = ChannelInfo.of("yard", "general chat for glaziers, framers and sign writers");
    static final ChannelInfo ASK = ChannelInfo.of("ask-the-trade", "homeowners: post your job and your town");
    /** A room of the community's that is nobody's trade's in particular. */
    static final ChannelInfo LOUNGE = ChannelInfo.of("lounge", "");

    /** Nothing between the two halves of the week: the process runs straight through. */
    static final Consumer<Chat> STRAIGHT_THROUGH = chat -> { };

    private ShopTalkWeek() {
    }

    /** The week, Ana's shop talk in the trade's room, straight through. */
    static Chat aWeekOfShopTalk(UnaryOperator<Scene> meanwhile) {
        return aWeekOfShopTalk(meanwhile, STRAIGHT_THROUGH, YARD);
    }

    /** The week, with {@code between} before Ana's shop talk, which she has in {@code talkIn}. */
    static Chat aWeekOfShopTalk(UnaryOperator<Scene> meanwhile, Consumer<Chat> between, ChannelInfo talkIn) {
        Chat chat = Chat.builder("ana").promotionChannels("showcase").build();
        Scene scene = Scene.over(chat);
        for (String fellow : new String[]{"pete", "paula"}) {
            for (int i = 0; i < 3; i++) {
                scene.saysIn(YARD, fellow, "cut six panes of toughened today, batch " + i);
            }
        }
        meanwhile.apply(scene);
        between.accept(chat);
        for (int i = 0; i < 10; i++) {
            chat.mentionIn("ana", talkIn, i % 2 == 0 ? "pete" : "paula",
                    "the linseed putty skins over in a day now, worth a try");
        }
        return chat.finish();
    }

    /** Hugo, from outside the trade, asks the room for the work. */
    static Scene outsiderAsksTheRoom(Scene s) {
        return s.saysIn(ASK, "hugo", "looking for someone to replace a cracked bay window pane in Hexham, can anyone quote?");
    }

    /** Only fellows ask the room, and the one buyer asks Ana directly. */
    static Scene onlyFellowsAskTheRoom(Scene s) {
        return s.asksIn("pete", YARD, "paula", "anyone know where to get lead came cheaper?")
                .answersIn(YARD, "paula", "pete", "the supplier by the station does trade prices")
                .asksIn("hugo", ASK, "ana", "is your leaded panel in the showcase still for sale?");
    }
}
