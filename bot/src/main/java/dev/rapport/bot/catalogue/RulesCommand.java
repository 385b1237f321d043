package dev.rapport.bot.catalogue;

import dev.rapport.bot.cli.RapportCommand;
import dev.rapport.bot.config.BadConfigException;
import dev.rapport.bot.config.ConfigLoader;
import dev.rapport.bot.config.RapportConfig;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code rapport rules}: the rule catalogue as the coach applies it, with the effective modes and thresholds of
 * a configuration (globally, or in one community), and for one rule the principle behind it: {@code /coach why}
 * on the command line.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rules with their principle, mode and thresholds (as configured).",
                "With a rule id: what it watches for, why it matters, and every threshold with its allowed range."})
public final class RulesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", arity = "0..1", description = "A rule id, e.g. links.repeat.")
    String rule;

    @Option(names = "--config", paramLabel = "FILE", description = "Operator configuration (HOCON), e.g. config/rapport.conf.")
    Path config;

    @Option(names = "--community", paramLabel = "ID", description = "Show the settings that apply in this community.")
    String community;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final RuleCatalogue catalogue;
    private final ConfigLoader configLoader;

    public RulesCommand(RuleCatalogue catalogue, ConfigLoader configLoader) {
        this.catalogue = catalogue;
        this.configLoader = configLoader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RapportConfig cfg;
        try {
            cfg = configLoader.load(Optional.ofNullable(config));
        } catch (BadConfigException e) {
            spec.commandLine().getErr().println("rapport: bad configuration: " + e.getMessage());
            return RapportCommand.BAD_CONFIG;
        }
        CommunityId where = CommunityId.of(community == null ? "-" : community);
        if (rule != null) {
            RuleId id;
            try {
                id = RuleId.parse(rule);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            explain(out, catalogue.get(id), cfg.coach().settings(where, id));
            return RapportCommand.OK;
        }
        out.printf(Locale.ROOT, "%-20s %-6s %-4s %-40s %s%n", "rule", "mode", "p.", "principle", "thresholds");
        for (Rule r : catalogue.rules()) {
            RuleSettings s = cfg.coach().settings(where, r.id());
            out.printf(Locale.ROOT, "%-20s %-6s %-4d %-40s %s%n", r.id().id(), s.mode().configName(),
                    r.id().principle().number(), r.id().principle().title(), thresholds(r, s));
        }
        out.println();
        out.println("'rapport rules RULE' explains one rule; change them under rapport.rules in your --config file.");
        return RapportCommand.OK;
    }

    private static void explain(PrintWriter out, Rule r, RuleSettings s) {
        out.println(r.id().id() + " (" + r.severity().name().toLowerCase(Locale.ROOT) + ", mode " + s.mode().configName() + ")");
        out.println("  What it watches: " + r.describe());
        out.println("  Why it matters: " + r.id().principle().why());
        out.println("  Principle " + r.id().principle().number() + ": " + r.id().principle().title());
        out.println("  Thresholds:");
        for (Param p : r.params()) {
            out.printf(Locale.ROOT, "    %-20s %-8s %s; %s%n", p.key(), number(s.value(p)), p.description(), p.allowed());
        }
    }

    private static String thresholds(Rule r, RuleSettings s) {
        StringBuilder sb = new StringBuilder();
        for (Param p : r.params()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.key()).append('=').append(number(s.value(p)));
        }
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
