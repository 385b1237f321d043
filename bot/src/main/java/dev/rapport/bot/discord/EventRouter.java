package dev.rapport.bot.discord;

import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JDA listener: hands each event to the feature that owns it (slash commands by name, buttons by custom-id
 * prefix, messages to every receiver). A feature that throws is logged and the person gets a short private
 * apology, never a stack trace.
 */
public final class EventRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);
    private static final String SORRY = "Sorry, something went wrong on my side. Please try again in a moment.";

    private final Map<String, SlashCommand> commands = new HashMap<>();
    private final Map<String, ComponentHandler> components = new HashMap<>();
    private final List<MessageReceiver> receivers;
    private final FaultLog faults;

    public EventRouter(List<SlashCommand> commands, List<ComponentHandler> components, List<MessageReceiver> receivers,
                       FaultLog faults) {
        this.faults = faults;
        for (SlashCommand c : commands) {
            this.commands.put(c.data().getName(), c);
        }
        for (ComponentHandler c : components) {
            this.components.put(c.prefix(), c);
        }
        this.receivers = List.copyOf(receivers);
    }

    public List<SlashCommand> commands() {
        return List.copyOf(commands.values());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            event.reply("I do not know that command any more.").setEphemeral(true).queue();
            return;
        }
        try {
            command.onSlashCommand(event);
        } catch (RuntimeException e) {
            log.warn("/{} failed; the member was shown an apology", event.getFullCommandName(), e);
            if (!event.isAcknowledged()) {
                event.reply(SORRY).setEphemeral(true).queue();
            } else {
                event.getHook().editOriginal(SORRY).queue(null, f -> log.warn("the apology could not be shown", f));
            }
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            return;
        }
        try {
            command.onAutoComplete(event);
        } catch (RuntimeException e) {
            log.warn("autocomplete of /{} failed", event.getFullCommandName(), e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        List<String> parts = ComponentId.parse(event.getComponentId());
        ComponentHandler handler = components.get(parts.get(0));
        if (handler == null) {
            event.reply("This button has expired.").setEphemeral(true).queue();
            return;
        }
        try {
            handler.onButton(event, parts.subList(1, parts.size()));
        } catch (RuntimeException e) {
            log.warn("button {} failed; the member was shown an apology", parts.get(0), e);
            if (!event.isAcknowledged()) {
                event.reply(SORRY).setEphemeral(true).queue();
            }
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        for (MessageReceiver r : receivers) {
            try {
                r.onMessageReceived(event);
            } catch (RuntimeException e) {
                failed("a message", event.isFromGuild() ? event.getGuild().getId() : "DM", event.getChannel().getId(), e);
            }
        }
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        if (event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        for (MessageReceiver r : receivers) {
            try {
                r.onMessageUpdate(event);
            } catch (RuntimeException e) {
                failed("an edit", event.isFromGuild() ? event.getGuild().getId() : "DM", event.getChannel().getId(), e);
            }
        }
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        if (event.getUser() != null && event.getUser().isBot()) {
            return;
        }
        for (MessageReceiver r : receivers) {
            try {
                r.onReactionAdd(event);
            } catch (RuntimeException e) {
                failed("a reaction", event.isFromGuild() ? event.getGuild().getId() : "DM", event.getChannel().getId(), e);
            }
        }
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        for (MessageReceiver r : receivers) {
            try {
                r.onMessageDelete(event);
            } catch (RuntimeException e) {
                failed("a deletion", event.isFromGuild() ? event.getGuild().getId() : "DM", event.getChannel().getId(), e);
            }
        }
    }

    /**
     * A fault tied to a place (no permission there, a guild or channel Discord no longer knows) recurs with every
     * event from that place: it is logged once per guild and channel. Anything else is logged each time.
     */
    private void failed(String what, String guild, String channel, RuntimeException e) {
        String fault = placeFault(e);
        if (fault == null) {
            log.warn("{} could not be handled", what, e);
        } else {
            faults.warnOnce(log, fault, "guild " + guild + " channel " + channel,
                    fault + " in {}; further events there are not logged again");
        }
    }

    private static String placeFault(RuntimeException e) {
        if (e instanceof InsufficientPermissionException) {
            return "missing permissions";
        }
        if (e instanceof ErrorResponseException r) {
            return switch (r.getErrorResponse()) {
                case MISSING_PERMISSIONS, MISSING_ACCESS -> "missing permissions";
                case UNKNOWN_GUILD -> "unknown guild";
                case UNKNOWN_CHANNEL -> "unknown channel";
                default -> null;
            };
        }
        return null;
    }
}
