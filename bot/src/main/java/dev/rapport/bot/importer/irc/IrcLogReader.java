package dev.rapport.bot.importer.irc;

import dev.rapport.bot.importer.EventReader;
import dev.rapport.bot.importer.ExportFormat;
import dev.rapport.bot.importer.ImportException;
import dev.rapport.bot.importer.ImportReport;
import dev.rapport.rules.addressing.AddressingInference;
import dev.rapport.rules.addressing.InferredReply;
import dev.rapport.rules.addressing.ReplyInference;
import dev.rapport.rules.addressing.ReplyWindow;
import dev.rapport.rules.model.ChannelId;
import dev.rapport.rules.model.ChatEvent;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.model.MessageId;
import dev.rapport.rules.model.RecordEnds;
import dev.rapport.rules.model.UserId;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a plain IRC log ({@code [HH:MM] <nick> text}, see {@link IrcLineParser}) as chat messages.
 * <ul>
 *     <li>Message ids are {@code <file stem>:<0-based line number>} ({@code 2004-11-15_03:1003}); every line
 *     counts, logger lines included, so ids match the line numbers of the corpus annotations.</li>
 *     <li>Times are the file name's date plus the line's {@code HH:MM}, in UTC, advancing a day when the
 *     clock passes midnight (see {@link IrcLogSurvey} for the {@code DATE_HH} naming). Without a date in the
 *     name, 1970-01-01 and a warning.</li>
 *     <li>Community {@code irc}; channel from the first {@code has joined #channel} line, else {@code irc}.</li>
 *     <li>The author is the lower-cased nick; after {@code old is now known as new}, the new nick keeps the
 *     old one's id, so one person is one id across renames within the file.</li>
 *     <li>Mentions and the replied-to message are inferred from the text by {@link ReplyInference}; when the
 *     message continues its author's own previous one, {@code replyTo} is set and {@code replyToAuthor} is
 *     empty.</li>
 *     <li>Joins, parts, renames and mode lines are skipped; other unreadable lines are skipped and counted.</li>
 *     <li>Read for coaching ({@link #forCoaching}, {@link Builder#tellingWhereTheRecordEnds}), the last event is a
 *     {@link RecordEnds} at the last line's time: the log stops there.</li>
 * </ul>
 * Memory stays constant: the file is streamed (twice: a first pass finds the channel and the first day), and
 * the inference and nick tables are bounded.
 */
public final class IrcLogReader implements EventReader {
    private static final CommunityId COMMUNITY = CommunityId.of("irc");
    private static final String DEFAULT_CHANNEL = "irc";
    private static final int MAX_PEOPLE = 10_000;

    private final Path file;
    private final String source;
    private final IrcFileName name;
    private final IrcLineParser parser = new IrcLineParser();
    private final ReplyInference inference;
    private final Map<String, UserId> people = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UserId> eldest) {
            return size() > MAX_PEOPLE;
        }
    };
    private final List<String> warnings = new ArrayList<>();

    private LogLines lines;
    private IrcClock clock;
    private ChannelId channel;
    private boolean finished;
    private long lineIndex = -1;
    private final boolean keepBots;
    /**
     * Whether the last event is a {@link RecordEnds} at the last line's time: read for coaching (replay, tips
     * evaluation), the engine must know the log stopped there; the reply evaluation and training score messages only.
     */
    private final boolean tellsWhereTheRecordEnds;
    private long messages;
    private long botMessages;
    private long skipped;
    private long unreadable;
    private long firstUnreadableLine = -1;

    /** Reads a log for coaching, as {@link #forCoaching} does. */
    public IrcLogReader(Path file) {
        this(file, defaultInference(), false, true);
    }

    /** Reads a log for coaching with another inference (e.g. another window), for evaluation and tests. */
    public IrcLogReader(Path file, ReplyInference inference) {
        this(file, inference, false, true);
    }

    private IrcLogReader(Path file, ReplyInference inference, boolean keepBots, boolean tellsWhereTheRecordEnds) {
        this.file = Objects.requireNonNull(file, "file");
        this.source = file.toString();
        this.name = IrcFileName.of(file);
        this.inference = Objects.requireNonNull(inference, "inference");
        this.keepBots = keepBots;
        this.tellsWhereTheRecordEnds = tellsWhereTheRecordEnds;
    }

    private static ReplyInference defaultInference() {
        return new ReplyInference(new AddressingInference(), ReplyWindow.defaults());
    }

    /**
     * Reads a log for coaching (replay, the tips evaluation): bots' messages (by their nicks) inform the reply
     * inference but are not events, and the last event tells where the record ends.
     */
    public static IrcLogReader forCoaching(Path file) {
        return builder(file).tellingWhereTheRecordEnds(true).build();
    }

    /** Reads every message, bots' too: the reply evaluation scores bots' answers like anyone's. */
    public static IrcLogReader keepingBots(Path file) {
        return builder(file).keepingBots(true).build();
    }

    /** Reads every message, bots' too, with another inference: for training and scoring its weights. */
    public static IrcLogReader keepingBots(Path file, ReplyInference inference) {
        return builder(file).inference(inference).keepingBots(true).build();
    }

    /** A reader of {@code file} to set up: by default bots' messages are dropped and nothing follows the last one. */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    /** How an {@link IrcLogReader} reads its log. */
    public static final class Builder {
        private final Path file;
        private ReplyInference inference = defaultInference();
        private boolean keepBots;
        private boolean tellsWhereTheRecordEnds;

        private Builder(Path file) {
            this.file = file;
        }

        /** Infers replies with {@code replies} instead of the shipped weights and window. */
        public Builder inference(ReplyInference replies) {
            this.inference = replies;
            return this;
        }

        /** Whether bots' messages are events too (the reply evaluation scores them), not only the inference's hints. */
        public Builder keepingBots(boolean keep) {
            this.keepBots = keep;
            return this;
        }

        /**
         * Whether the last event is a {@link RecordEnds} at the last line's time: a log ends where its logger stopped,
         * and the engine, coaching from it, must not take the questions just before that for unanswered.
         */
        public Builder tellingWhereTheRecordEnds(boolean tell) {
            this.tellsWhereTheRecordEnds = tell;
            return this;
        }

        public IrcLogReader build() {
            return new IrcLogReader(file, inference, keepBots, tellsWhereTheRecordEnds);
        }
    }

    @Override
    public ChatEvent next() throws ImportException {
        if (finished) {
            return null;
        }
        try {
            if (lines == null) {
                open();
            }
            for (String line = lines.next(); line != null; line = lines.next()) {
                lineIndex++;
                IrcLine parsed = parser.parse(line);
                ChatMessage message = read(parsed);
                if (message == null) {
                    continue;
                }
                if (!keepBots && parsed instanceof IrcLine.Said said && ReplyInference.looksLikeBot(said.nick())) {
                    botMessages++;
                    continue;
                }
                messages++;
                return message;
            }
        } catch (IOException e) {
            throw new ImportException(source, lineIndex + 1, -1, messages, "cannot read the file: " + describe(e));
        }
        finish();
        // A log file ends where its logger stopped, not where the channel fell silent: read for coaching, the engine
        // is told that the channel's record stops at the last line's time, so the questions asked just before it are
        // not taken for unanswered.
        if (tellsWhereTheRecordEnds && clock != null && messages + botMessages > 0) {
            return new RecordEnds(clock.now(), COMMUNITY, channel);
        }
        return null;
    }

    private void open() throws IOException, ImportException {
        LocalDate namedDate = name.date().orElse(LocalDate.EPOCH);
        if (name.date().isEmpty()) {
            warnings.add("no date in the file name '" + name.stem() + "': times are dated 1970-01-01. Name IRC logs "
                    + "DATE_HH.raw.txt (e.g. 2004-11-15_03.raw.txt) or put YYYY-MM-DD anywhere in the name.");
        }
        IrcLogSurvey survey = IrcLogSurvey.of(file, name, namedDate, parser);
        if (survey.nonBlankLines() > 0 && survey.readableLines() == 0) {
            throw new ImportException(source, "does not look like an IRC log: none of its " + survey.nonBlankLines()
                    + " lines reads like '[HH:MM] <nick> text' or '=== nick has joined #channel'");
        }
        channel = ChannelId.of(survey.channel().orElse(DEFAULT_CHANNEL));
        clock = new IrcClock(survey.firstDay());
        lines = new LogLines(file);
    }

    /** The message a line holds, or null when it holds none (after taking note of what it says). */
    private ChatMessage read(IrcLine line) {
        if (line instanceof IrcLine.Said said) {
            Instant time = said.time().map(clock::at).orElseGet(clock::now);
            return message(said, time);
        }
        skipped++;
        if (line instanceof IrcLine.Renamed renamed) {
            UserId person = person(renamed.oldNick());
            people.put(key(renamed.newNick()), person);
            inference.nickInUse(renamed.newNick(), person);
        } else if (line instanceof IrcLine.Joined joined) {
            inference.nickInUse(joined.nick(), person(joined.nick()));
        } else if (line instanceof IrcLine.Unreadable) {
            unreadable++;
            if (firstUnreadableLine < 0) {
                firstUnreadableLine = lineIndex;
            }
        }
        return null;
    }

    private ChatMessage message(IrcLine.Said said, Instant time) {
        UserId author = person(said.nick());
        MessageId id = MessageId.of(name.stem() + ":" + lineIndex);
        InferredReply reply = inference.observe(id, author, said.nick(), time, said.text());
        var builder = ChatMessage.builder().id(id.value()).at(time).community(COMMUNITY).channel(channel)
                .by(author).text(said.text());
        // Read for coaching, a bot is nobody to talk to: its messages are no events, and a line that seems to answer
        // one ("you want the first link" after the factoid a helper called up for someone) goes on speaking to whoever
        // the helper was talking to, by turn, not to the bot.
        boolean toABot = !keepBots && reply.replyToAuthor().filter(p -> ReplyInference.looksLikeBot(p.value())).isPresent();
        for (UserId to : reply.addressed()) {
            if (keepBots || !ReplyInference.looksLikeBot(to.value())) {
                builder.mention(to);
            }
        }
        // A message continuing its author's own previous one keeps the link but names no one to reply to: a
        // person does not answer themselves.
        // The link is the inference's guess, not the author's: nobody on IRC clicks "reply" (names said are mentions).
        if (!toABot && reply.replyTo().isPresent()) {
            builder.replyTo(reply.replyTo().get(),
                    reply.replyToAuthor().filter(parentAuthor -> !parentAuthor.equals(author)).orElse(null));
            builder.replyGuessed();
        }
        return builder.build();
    }

    private UserId person(String nick) {
        return people.computeIfAbsent(key(nick), UserId::of);
    }

    private static String key(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }

    private void finish() {
        finished = true;
        if (unreadable > 0) {
            warnings.add(unreadable + " line" + (unreadable == 1 ? "" : "s") + " did not look like IRC log lines "
                    + "and were skipped (the first is line " + (firstUnreadableLine + 1) + ")");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public ImportReport report() {
        return new ImportReport(source, ExportFormat.IRC, messages, botMessages, skipped, warnings);
    }

    @Override
    public void close() throws IOException {
        finished = true;
        if (lines != null) {
            lines.close();
        }
    }
}
