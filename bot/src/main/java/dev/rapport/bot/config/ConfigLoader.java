package dev.rapport.bot.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CoachSettings;
import dev.rapport.rules.config.CommunitySettings;
import dev.rapport.rules.config.Goal;
import dev.rapport.rules.model.CommunityId;
import dev.rapport.rules.rule.Param;
import dev.rapport.rules.rule.Rule;
import dev.rapport.rules.rule.RuleCatalogue;
import dev.rapport.rules.rule.RuleId;
import dev.rapport.rules.rule.RuleMode;
import dev.rapport.rules.rule.RuleSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads {@code reference.conf} defaults (from every module) and the operator's file into a {@link RapportConfig},
 * refusing anything it does not understand: unknown keys, unknown rule ids, values out of range. Every message
 * names the file and line, the key, and what is allowed.
 */
public final class ConfigLoader {
    private final RuleCatalogue catalogue;

    public ConfigLoader(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The defaults alone. */
    public RapportConfig defaults() {
        return load(Optional.empty());
    }

    /** The operator's file over the defaults; {@code file} empty means defaults only. */
    public RapportConfig load(Optional<Path> file) {
        return load(file, "", "");
    }

    /**
     * The operator's file over extra defaults (HOCON text named {@code extraName}, e.g. the demo community's
     * settings) over the modules' defaults.
     */
    public RapportConfig load(Optional<Path> file, String extraDefaults, String extraName) {
        Config reference = ConfigFactory.defaultReference(ConfigLoader.class.getClassLoader());
        if (!extraDefaults.isBlank()) {
            Config extra = ConfigFactory.parseString(extraDefaults, ConfigParseOptions.defaults().setOriginDescription(extraName));
            reference = extra.withFallback(reference);
        }
        Config user = ConfigFactory.empty();
        if (file.isPresent()) {
            Path p = file.get();
            if (!Files.isRegularFile(p)) {
                throw new BadConfigException(p + ": no such config file");
            }
            if (!Files.isReadable(p)) {
                throw new BadConfigException(p + ": config file is not readable");
            }
            try {
                user = ConfigFactory.parseFile(p.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
            } catch (ConfigException e) {
                throw new BadConfigException(e.getMessage());
            }
            rejectUnknownKeys(user, reference);
        }
        Config merged;
        try {
            merged = user.withFallback(reference).resolve();
        } catch (ConfigException e) {
            throw new BadConfigException(e.getMessage());
        }
        return read(merged);
    }

    /** Parses configuration text, for tests and for admins' snippets. */
    public RapportConfig parse(String hocon, String name) {
        Config reference = ConfigFactory.defaultReference(ConfigLoader.class.getClassLoader());
        Config user;
        try {
            user = ConfigFactory.parseString(hocon, ConfigParseOptions.defaults().setOriginDescription(name));
        } catch (ConfigException e) {
            throw new BadConfigException(e.getMessage());
        }
        rejectUnknownKeys(user, reference);
        return read(user.withFallback(reference).resolve());
    }

    private RapportConfig read(Config c) {
        ZoneId zone = zone(c, "rapport.zone");
        Duration helpWindow = duration(c, "rapport.help-window");
        Map<RuleId, RuleSettings> global = rules(c.getObject("rapport.rules"), ruleDefaults(), "rapport.rules");
        Map<CommunityId, CommunitySettings> communities = new HashMap<>();
        ConfigObject cs = c.getObject("rapport.communities");
        for (var e : cs.entrySet()) {
            String path = "rapport.communities." + quote(e.getKey());
            if (e.getValue().valueType() != ConfigValueType.OBJECT) {
                throw bad(e.getValue(), path, "must be an object");
            }
            communities.put(CommunityId.of(e.getKey()), community((ConfigObject) e.getValue(), global, path));
        }
        String secret = c.getString("rapport.pseudonym-secret");
        Optional<byte[]> pseudonymSecret = Optional.empty();
        if (!secret.isEmpty()) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 16) {
                throw bad(c.getValue("rapport.pseudonym-secret"), "rapport.pseudonym-secret",
                        "must be at least 16 characters (or empty for a random one)");
            }
            pseudonymSecret = Optional.of(bytes);
        }
        int topUsers = integer(c, "rapport.replay.top-users", 0, 1000);
        Map<String, Audience> defaultRoles = defaultRoles(c.getValue("rapport.default-roles"), "rapport.default-roles");
        Goal goal = goal(c.getValue("rapport.goal"), "rapport.goal");
        return new RapportConfig(zone, new CoachSettings(global, communities, helpWindow, defaultRoles, goal),
                pseudonymSecret, topUsers, c);
    }

    /** Role names recognised in every community without configuration; "none" drops one of the defaults. */
    private Map<String, Audience> defaultRoles(ConfigValue v, String path) {
        if (v.valueType() != ConfigValueType.OBJECT) {
            throw bad(v, path, "must map role names to an audience or none");
        }
        Map<String, Audience> m = new HashMap<>();
        for (var e : ((ConfigObject) v).entrySet()) {
            String p = path + "." + quote(e.getKey());
            if (e.getValue().valueType() == ConfigValueType.STRING && "none".equals(e.getValue().unwrapped())) {
                continue;
            }
            if (e.getValue().valueType() != ConfigValueType.STRING) {
                throw bad(e.getValue(), p, "allowed: customer, advocate, peer, seeker, ignore, none");
            }
            try {
                m.put(e.getKey(), Audience.parse((String) e.getValue().unwrapped()));
            } catch (IllegalArgumentException ex) {
                throw bad(e.getValue(), p, ex.getMessage() + " (or none)");
            }
        }
        return m;
    }

    private static Goal goal(ConfigValue v, String path) {
        if (v.valueType() != ConfigValueType.STRING) {
            throw bad(v, path, "allowed: find-customers, keep-customers, find-collaborators, learn");
        }
        try {
            return Goal.parse((String) v.unwrapped());
        } catch (IllegalArgumentException ex) {
            throw bad(v, path, ex.getMessage());
        }
    }

    private Map<RuleId, RuleSettings> ruleDefaults() {
        Map<RuleId, RuleSettings> m = new EnumMap<>(RuleId.class);
        for (Rule r : catalogue.rules()) {
            m.put(r.id(), RuleSettings.defaults(r.params()));
        }
        return m;
    }

    /** Reads {@code links { share { ... } } ...} over {@code base}. */
    private Map<RuleId, RuleSettings> rules(ConfigObject groups, Map<RuleId, RuleSettings> base, String path) {
        Map<RuleId, RuleSettings> result = new EnumMap<>(RuleId.class);
        result.putAll(base);
        for (var group : groups.entrySet()) {
            if (group.getValue().valueType() != ConfigValueType.OBJECT) {
                throw bad(group.getValue(), path + "." + group.getKey(), "is not a rule; known rules: " + RuleId.allIds());
            }
            for (var rule : ((ConfigObject) group.getValue()).entrySet()) {
                String id = group.getKey() + "." + rule.getKey();
                String rulePath = path + "." + id;
                RuleId ruleId = RuleId.find(id).orElseThrow(() -> bad(rule.getValue(), rulePath,
                        "unknown rule '" + id + "'; known rules: " + RuleId.allIds()));
                if (rule.getValue().valueType() != ConfigValueType.OBJECT) {
                    throw bad(rule.getValue(), rulePath, "must be an object with mode and thresholds");
                }
                result.put(ruleId, ruleSettings(ruleId, (ConfigObject) rule.getValue(), result.get(ruleId), rulePath));
            }
        }
        return result;
    }

    private RuleSettings ruleSettings(RuleId id, ConfigObject o, RuleSettings base, String path) {
        Rule rule = catalogue.get(id);
        RuleSettings s = base;
        for (var e : o.entrySet()) {
            String key = e.getKey();
            String keyPath = path + "." + key;
            ConfigValue v = e.getValue();
            if (key.equals("mode")) {
                if (v.valueType() != ConfigValueType.STRING) {
                    throw bad(v, keyPath, "allowed: off, log, act");
                }
                try {
                    s = s.with(RuleMode.parse((String) v.unwrapped()));
                } catch (IllegalArgumentException ex) {
                    throw bad(v, keyPath, ex.getMessage());
                }
                continue;
            }
            Param p = rule.params().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> bad(v, keyPath,
                    "unknown setting of " + id + "; allowed: mode, "
                            + rule.params().stream().map(Param::key).collect(Collectors.joining(", "))));
            if (v.valueType() != ConfigValueType.NUMBER) {
                throw bad(v, keyPath, "must be " + p.allowed());
            }
            double value = ((Number) v.unwrapped()).doubleValue();
            String problem = p.problemWith(value);
            if (problem != null) {
                throw bad(v, keyPath, problem + " (was " + v.render() + ")");
            }
            s = s.with(key, value);
        }
        return s;
    }

    private CommunitySettings community(ConfigObject o, Map<RuleId, RuleSettings> global, String path) {
        Map<String, Audience> roles = Map.of();
        Map<String, Audience> channels = Map.of();
        Set<String> promotion = Set.of();
        Map<RuleId, RuleSettings> rules = Map.of();
        Goal goal = null;
        for (var e : o.entrySet()) {
            String keyPath = path + "." + e.getKey();
            switch (e.getKey()) {
                case "audience" -> {
                    if (e.getValue().valueType() != ConfigValueType.OBJECT) {
                        throw bad(e.getValue(), keyPath, "must be an object with roles and channels");
                    }
                    for (var a : ((ConfigObject) e.getValue()).entrySet()) {
                        String aPath = keyPath + "." + a.getKey();
                        switch (a.getKey()) {
                            case "roles" -> roles = audienceMap(a.getValue(), aPath);
                            case "channels" -> channels = audienceMap(a.getValue(), aPath);
                            default -> throw bad(a.getValue(), aPath, "unknown key; allowed: roles, channels");
                        }
                    }
                }
                case "promotion-channels" -> promotion = stringList(e.getValue(), keyPath);
                case "goal" -> goal = goal(e.getValue(), keyPath);
                case "rules" -> {
                    if (e.getValue().valueType() != ConfigValueType.OBJECT) {
                        throw bad(e.getValue(), keyPath, "must be an object");
                    }
                    Map<RuleId, RuleSettings> merged = rules((ConfigObject) e.getValue(), global, keyPath);
                    Map<RuleId, RuleSettings> changed = new EnumMap<>(RuleId.class);
                    merged.forEach((id, s) -> {
                        if (!s.equals(global.get(id))) {
                            changed.put(id, s);
                        }
                    });
                    rules = changed;
                }
                default -> throw bad(e.getValue(), keyPath, "unknown key; allowed: audience, promotion-channels, goal, rules");
            }
        }
        CommunitySettings settings = new CommunitySettings(roles, channels, promotion, rules);
        return goal == null ? settings : settings.withGoal(goal);
    }

    private Map<String, Audience> audienceMap(ConfigValue v, String path) {
        if (v.valueType() != ConfigValueType.OBJECT) {
            throw bad(v, path, "must map names or ids to an audience");
        }
        Map<String, Audience> m = new HashMap<>();
        for (var e : ((ConfigObject) v).entrySet()) {
            String p = path + "." + quote(e.getKey());
            if (e.getValue().valueType() != ConfigValueType.STRING) {
                throw bad(e.getValue(), p, "allowed: customer, advocate, peer, seeker, ignore");
            }
            try {
                m.put(e.getKey(), Audience.parse((String) e.getValue().unwrapped()));
            } catch (IllegalArgumentException ex) {
                throw bad(e.getValue(), p, ex.getMessage());
            }
        }
        return m;
    }

    private Set<String> stringList(ConfigValue v, String path) {
        if (v.valueType() != ConfigValueType.LIST) {
            throw bad(v, path, "must be a list of channel ids");
        }
        Set<String> s = new LinkedHashSet<>();
        for (Object o : (List<?>) v.unwrapped()) {
            s.add(String.valueOf(o));
        }
        return s;
    }

    private static ZoneId zone(Config c, String path) {
        String z = c.getString(path);
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            throw bad(c.getValue(path), path, "'" + z + "' is not a time zone; use a region id such as Europe/Berlin or UTC");
        }
    }

    private static Duration duration(Config c, String path) {
        try {
            Duration d = c.getDuration(path);
            if (d.isNegative() || d.isZero()) {
                throw bad(c.getValue(path), path, "must be a positive duration such as 24h");
            }
            return d;
        } catch (ConfigException.BadValue | ConfigException.WrongType e) {
            throw bad(c.getValue(path), path, "must be a duration such as 24h or 90m");
        }
    }

    private static int integer(Config c, String path, int min, int max) {
        try {
            int v = c.getInt(path);
            if (v < min || v > max) {
                throw bad(c.getValue(path), path, "must be a whole number from " + min + " to " + max);
            }
            return v;
        } catch (ConfigException.WrongType e) {
            throw bad(c.getValue(path), path, "must be a whole number from " + min + " to " + max);
        }
    }

    /** Keys in the operator's file that no module's reference.conf knows are typos: say so, with the place. */
    private static void rejectUnknownKeys(Config user, Config reference) {
        for (var e : user.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("rapport.")) {
                throw bad(e.getValue(), key, "unknown key: every setting lives under rapport.");
            }
            if (key.startsWith("rapport.rules.") || key.startsWith("rapport.communities.")
                    || key.startsWith("rapport.default-roles.")) {
                continue;
            }
            if (!reference.hasPathOrNull(key)) {
                throw bad(e.getValue(), key, "unknown key; see config/rapport.conf for every setting");
            }
        }
    }

    static BadConfigException bad(ConfigValue v, String key, String problem) {
        return new BadConfigException(where(v == null ? null : v.origin()) + key + ": " + problem);
    }

    private static String where(ConfigOrigin origin) {
        if (origin == null) {
            return "";
        }
        String file = origin.filename() != null ? origin.filename() : origin.description();
        if (origin.lineNumber() > 0 && origin.filename() != null) {
            return file + ":" + origin.lineNumber() + ": ";
        }
        return file + ": ";
    }

    private static String quote(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
    }
}
