package dev.rapport.bot.discord.loopback;

import java.util.ArrayList;
import java.util.List;

/**
 * An interaction a user triggers, for {@link LoopbackDiscord#interaction(InteractionDraft)}:
 * {@code InteractionDraft.slashCommand("rapport").subcommand("optin").option("days", 3).inChannel("10").by("7")}.
 *
 * @param type        2 application command, 3 message component, 4 autocomplete
 * @param channelId   a declared guild channel, or {@code null} for the user's DM with the bot
 * @param subcommand  the subcommand the options belong to, or {@code null}
 * @param subcommandGroup the group the subcommand belongs to, or {@code null}
 */
public record InteractionDraft(int type, String commandName, String subcommand, List<CommandOption> options,
                               String customId, String channelId, String userId, String subcommandGroup) {

    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;

    public InteractionDraft {
        options = List.copyOf(options);
    }

    public static InteractionDraft slashCommand(String name) {
        return new InteractionDraft(APPLICATION_COMMAND, name, null, List.of(), null, null, null, null);
    }

    /** A button press; {@code customId} is the id the bot gave the button. */
    public static InteractionDraft button(String customId) {
        return new InteractionDraft(MESSAGE_COMPONENT, null, null, List.of(), customId, null, null, null);
    }

    /** An autocomplete request while the user types {@code partialValue} into string option {@code focusedOption}. */
    public static InteractionDraft autocomplete(String commandName, String focusedOption, String partialValue) {
        return new InteractionDraft(AUTOCOMPLETE, commandName, null,
                List.of(new CommandOption(focusedOption, CommandOption.STRING, partialValue, true)), null, null, null, null);
    }

    public InteractionDraft inChannel(String newChannelId) {
        return new InteractionDraft(type, commandName, subcommand, options, customId, newChannelId, userId, subcommandGroup);
    }

    public InteractionDraft by(String newUserId) {
        return new InteractionDraft(type, commandName, subcommand, options, customId, channelId, newUserId, subcommandGroup);
    }

    public InteractionDraft subcommand(String name) {
        return new InteractionDraft(type, commandName, name, options, customId, channelId, userId, subcommandGroup);
    }

    /** For {@code /command group subcommand}: the group. */
    public InteractionDraft subcommandGroup(String name) {
        return new InteractionDraft(type, commandName, subcommand, options, customId, channelId, userId, name);
    }

    public InteractionDraft option(String name, String value) {
        return with(new CommandOption(name, CommandOption.STRING, value, false));
    }

    public InteractionDraft option(String name, long value) {
        return with(new CommandOption(name, CommandOption.INTEGER, value, false));
    }

    public InteractionDraft option(String name, boolean value) {
        return with(new CommandOption(name, CommandOption.BOOLEAN, value, false));
    }

    public InteractionDraft userOption(String name, String mentionedUserId) {
        return with(new CommandOption(name, CommandOption.USER, mentionedUserId, false));
    }

    public InteractionDraft roleOption(String name, String roleId) {
        return with(new CommandOption(name, CommandOption.ROLE, roleId, false));
    }

    public InteractionDraft channelOption(String name, String channelId) {
        return with(new CommandOption(name, CommandOption.CHANNEL, channelId, false));
    }

    private InteractionDraft with(CommandOption option) {
        List<CommandOption> more = new ArrayList<>(options);
        more.add(option);
        return new InteractionDraft(type, commandName, subcommand, more, customId, channelId, userId, subcommandGroup);
    }

    boolean isDirect() {
        return channelId == null;
    }
}
