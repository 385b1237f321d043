package dev.rapport.bot.javacord;

import dev.rapport.bot.coach.AdminActions;
import dev.rapport.bot.coach.AdminCards;
import dev.rapport.bot.coach.Attachment;
import dev.rapport.bot.coach.CoachAccounts;
import dev.rapport.bot.coach.CoachActions;
import dev.rapport.bot.coach.CoachTexts;
import dev.rapport.bot.coach.Delivery;
import dev.rapport.bot.coach.GoalValues;
import dev.rapport.rules.config.Goal;
import dev.rapport.bot.coach.Reply;
import dev.rapport.bot.coach.TipCards;
import dev.rapport.bot.coach.TipFeedback;
import dev.rapport.bot.discord.ComponentId;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.UserId;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.interaction.AutocompleteCreateEvent;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.listener.interaction.AutocompleteCreateListener;
import org.javacord.api.listener.interaction.ButtonClickListener;
import org.javacord.api.listener.interaction.SlashCommandCreateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Slash commands, their autocomplete and the buttons, on Javacord's event threads: each interaction is acknowledged
 * at once (never later than Discord's 3 seconds) and its work is done by the coach's platform-neutral actions on the
 * work threads.
 */
final class JavacordInteractions implements SlashCommandCreateListener, AutocompleteCreateListener, ButtonClickListener {
    private static final Logger log = LoggerFactory.getLogger(JavacordInteractions.class);

    private final CoachActions coach;
    private final AdminActions admin;
    private final TipFeedback feedback;
    private final CoachAccounts accounts;
    private final JavacordPlatform platform;
    private final JavacordReplies replies;
    private final Optional<String> adminRole;

    JavacordInteractions(CoachActions coach, AdminActions admin, TipFeedback feedback, CoachAccounts accounts,
                         JavacordPlatform platform, JavacordReplies replies, Optional<String> adminRole) {
        this.coach = coach;
        this.admin = admin;
        this.feedback = feedback;
        this.accounts = accounts;
        this.platform = platform;
        this.replies = replies;
        this.adminRole = adminRole;
    }

    @Override
    public void onSlashCommandCreate(SlashCommandCreateEvent event) {
        SlashCommandInteraction interaction = event.getSlashCommandInteraction();
        try {
            switch (interaction.getCommandName()) {
                case "coach" -> coach(interaction);
                case AdminActions.NAME -> admin(interaction);
                default -> replies.tell(interaction, "I do not know that command any more.");
            }
        } catch (RuntimeException e) {
            log.warn("/{} failed; the member was shown an apology", interaction.getCommandName(), e);
            replies.tell(interaction, CoachTexts.SORRY);
        }
    }

    private void coach(SlashCommandInteraction interaction) {
        UserId user = UserId.of(interaction.getUser().getIdAsString());
        Optional<CommunityId> guild = interaction.getServer().map(s -> CommunityId.of(s.getIdAsString()));
        JavacordOptions options = JavacordOptions.of(interaction.getOptions());
        String sub = options.subcommand();
        replies.answer(interaction, user, () -> sub.equals("export")
                ? export(user) : coach.run(sub, user, guild, options));
    }

    /** The export goes by DM as a file; with DMs closed it is attached to the private answer instead. */
    private CompletableFuture<Reply> export(UserId user) {
        Attachment file = new Attachment(accounts.export(user).getBytes(StandardCharsets.UTF_8), CoachTexts.EXPORT_FILE,
                "Everything Rapport keeps about you, as JSON");
        return platform.send(user, Reply.text("Everything I keep about you:").withFile(file)).thenApply(delivery -> {
            if (delivery == Delivery.DELIVERED) {
                return Reply.text("I sent your data to you by DM (" + CoachTexts.EXPORT_FILE + ").");
            }
            if (delivery == Delivery.DMS_CLOSED) {
                return Reply.text("Your DMs are closed, so here it is (only you can see this):").withFile(file);
            }
            throw new CompletionException(new IllegalStateException("the export could not be sent by DM"));
        });
    }

    private void admin(SlashCommandInteraction interaction) {
        Optional<Server> server = interaction.getServer();
        if (server.isEmpty()) {
            replies.tell(interaction, "/coachadmin works in a server only.");
            return;
        }
        if (!mayAdminister(server.get(), interaction.getUser())) {
            replies.tell(interaction, AdminActions.refused(adminRole));
            return;
        }
        UserId user = UserId.of(interaction.getUser().getIdAsString());
        CommunityId guild = CommunityId.of(server.get().getIdAsString());
        String name = server.get().getName();
        JavacordOptions options = JavacordOptions.of(interaction.getOptions());
        // The server's roles from Javacord's cache, without @everyone (it stands for nobody in particular).
        List<AdminCards.ServerRole> roles = server.get().getRoles().stream().filter(r -> !r.isEveryoneRole())
                .map(r -> new AdminCards.ServerRole(r.getIdAsString(), r.getName())).toList();
        replies.answer(interaction, user, () -> admin.run(guild, name, roles, options.group(), options.subcommand(),
                options));
    }

    /** Manage Server (the owner and administrators have it), or the configured admin role by id or name. */
    private boolean mayAdminister(Server server, User user) {
        if (server.isOwner(user) || server.hasPermission(user, PermissionType.MANAGE_SERVER)
                || server.hasPermission(user, PermissionType.ADMINISTRATOR)) {
            return true;
        }
        return adminRole.map(role -> server.getRoles(user).stream()
                .anyMatch(r -> r.getIdAsString().equals(role) || r.getName().equalsIgnoreCase(role))).orElse(false);
    }

    @Override
    public void onAutocompleteCreate(AutocompleteCreateEvent event) {
        AutocompleteInteraction interaction = event.getAutocompleteInteraction();
        try {
            String option = interaction.getFocusedOption().getName();
            String typed = interaction.getFocusedOption().getStringValue().orElse("");
            List<String> choices = interaction.getCommandName().equals(AdminActions.NAME)
                    ? admin.suggestions(option, typed, JavacordOptions.of(interaction.getOptions()).text("id"))
                    : CoachActions.suggestions(option, typed);
            interaction.respondWithChoices(choices.stream().map(c -> SlashCommandOptionChoice.create(c, c)).toList())
                    .whenComplete((done, failed) -> {
                        if (failed != null) {
                            log.warn("autocomplete suggestions could not be shown", failed);
                        }
                    });
        } catch (RuntimeException e) {
            log.warn("autocomplete of /{} failed", interaction.getCommandName(), e);
        }
    }

    @Override
    public void onButtonClick(ButtonClickEvent event) {
        ButtonInteraction interaction = event.getButtonInteraction();
        List<String> parts = ComponentId.parse(interaction.getCustomId());
        List<String> args = parts.subList(1, parts.size());
        UserId user = UserId.of(interaction.getUser().getIdAsString());
        try {
            switch (parts.get(0)) {
                case TipCards.PREFIX -> tipButton(interaction, user, args);
                case CoachActions.PREFIX -> coachButton(interaction, user, args);
                default -> replies.tell(interaction, CoachTexts.EXPIRED);
            }
        } catch (RuntimeException e) {
            log.warn("button {} failed; the member was shown an apology", parts.get(0), e);
            replies.tell(interaction, CoachTexts.SORRY);
        }
    }

    private void tipButton(ButtonInteraction interaction, UserId user, List<String> args) {
        if (!TipFeedback.isFeedback(args)) {
            replies.tell(interaction, "This button is not one of mine.");
            return;
        }
        replies.answer(interaction, user, () -> CompletableFuture.completedFuture(Reply.text(feedback.answer(user, args))));
    }

    private void coachButton(ButtonInteraction interaction, UserId user, List<String> args) {
        String action = args.isEmpty() ? "" : args.get(0);
        switch (action) {
            case "consent" -> consent(interaction, user, args);
            case "decline" -> replies.tell(interaction, "No problem: nothing was recorded.");
            case "forget" -> replies.answer(interaction, user, () -> coach.forget(user));
            default -> replies.tell(interaction, CoachTexts.EXPIRED);
        }
    }

    private void consent(ButtonInteraction interaction, UserId user, List<String> args) {
        Optional<Server> server = interaction.getServer();
        if (server.isEmpty() || args.size() < 3 || args.size() > 4) {
            replies.tell(interaction, "Please run /coach start again in the server you want coaching in.");
            return;
        }
        ZoneId zone;
        DayOfWeek day;
        Optional<Goal> goal;
        try {
            zone = ZoneId.of(args.get(1));
            day = DayOfWeek.valueOf(args.get(2));
            goal = args.size() == 4 ? GoalValues.fromCode(args.get(3)) : Optional.empty();
        } catch (RuntimeException e) {
            replies.tell(interaction, "This button has expired; please run /coach start again.");
            return;
        }
        CommunityId guild = CommunityId.of(server.get().getIdAsString());
        String name = server.get().getName();
        replies.answer(interaction, user, () -> coach.consent(user, guild, name, zone, day, goal,
                welcome -> platform.send(user, Reply.text(welcome))));
    }
}
