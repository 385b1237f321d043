package dev.rapport.rules.engine;

import dev.rapport.rules.audience.Audience;
import dev.rapport.rules.config.CommunitySettings;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the role names met in one community stand for under its current settings: the audience a role names
 * (configured, else a default role name such as "Customer"), whether a name is a business's staff role, and which
 * roles were recognised here. Kept apart from the people who wear them because every audience asked on every message
 * looks roles up, and the lookups are worth keeping once per name until the settings change; the recognised names
 * go into the community's snapshot.
 */
final class RoleAudiences {

    /** Beyond this many role names, lookups are no longer kept: each is worked out again when asked. */
    private static final int MAX_ROLE_LOOKUPS = 4_096;
    /** Recognised and kept role names are bounded so: a snapshot lists them all. */
    private static final int MAX_LISTED = 256;

    private CommunitySettings settings;
    /** Roles that stood for an audience when someone's audience was worked out, by role. */
    private final Map<String, CommunitySettings.RoleAudience> recognisedRoles = new TreeMap<>();
    /**
     * Role names a restored snapshot listed as recognised that the settings of the time do not name (the snapshot was
     * saved under other settings): kept and listed in every snapshot after, since a later settings change may name
     * them again ({@link #use}), where dropping them at the restore lost them for good. Bounded as the recognised.
     */
    private final Set<String> keptRoles = new TreeSet<>();
    /**
     * What each role name met here stands for under the current settings, worked out once: the settings' lookup
     * compares names ignoring case (lower-casing every default role name) and ran for every role of every person
     * addressed, per message. Emptied with the settings; bounded, beyond which roles are looked up each time.
     */
    private final Map<String, Optional<CommunitySettings.RoleAudience>> roleLookups = new HashMap<>();
    /**
     * Per role name, whether it is a default staff role name under the current settings (emptied when they change):
     * every own message asks whether its author is the team ({@code OwnBusiness.teamPost}), and working it out again
     * (a lower-cased copy and a split per role) was 5% of a replay.
     */
    private final Map<String, Boolean> staffRoles = new HashMap<>();
    /**
     * Whether a role was newly recognised since {@link #drainRecognised}: the community's snapshot lists them, so the
     * community is saved again.
     */
    private boolean recognisedNew;

    RoleAudiences(CommunitySettings settings) {
        this.settings = settings;
    }

    /**
     * New settings from now on: every lookup is worked out again, and the roles recognised under the old settings are
     * let go; those a restore kept unnamed are named now if these settings name them.
     */
    void use(CommunitySettings newSettings) {
        this.settings = newSettings;
        recognisedRoles.clear();
        roleLookups.clear();
        staffRoles.clear();
        keptRoles.removeIf(role -> audienceOf(role) != null);
    }

    /** The audience a role stands for (configured, else a default role name), remembering that it was seen. */
    Audience audienceOf(String role) {
        var known = roleLookups.get(role);
        if (known != null) {
            // Recognised (or the list was full) when it was first looked up, and the list only grows until the
            // settings change, which empties both: nothing to note again.
            return known.isEmpty() ? null : known.get().audience();
        }
        var found = settings.audienceOfRole(role);
        if (roleLookups.size() < MAX_ROLE_LOOKUPS) {
            roleLookups.put(role, found);
        }
        if (found.isEmpty()) {
            return null;
        }
        if (recognisedRoles.size() < MAX_LISTED && recognisedRoles.putIfAbsent(role, found.get()) == null) {
            recognisedNew = true;
        }
        return found.get().audience();
    }

    /**
     * Whether one of {@code roles} is a default staff role name (Team, Staff: one that stands for {@code ignore}
     * without the operator configuring it).
     */
    boolean anyStaffRole(Set<String> roles) {
        for (String role : roles) {
            Boolean staff = staffRoles.get(role);
            if (staff == null) {
                var found = settings.audienceOfRole(role);
                staff = found.isPresent() && found.get().audience() == Audience.IGNORE && !found.get().configured();
                if (staffRoles.size() < MAX_ROLE_LOOKUPS) {
                    staffRoles.put(role, staff);
                }
            }
            if (staff) {
                return true;
            }
        }
        return false;
    }

    /** Roles seen on people here that stand for an audience, and whether configured or recognised by default name. */
    Map<String, CommunitySettings.RoleAudience> recognised() {
        return Collections.unmodifiableMap(new TreeMap<>(recognisedRoles));
    }

    /** Whether a role recognised here stands for existing customers ("Customer" in a server that has customers). */
    boolean recognisesCustomers() {
        for (CommunitySettings.RoleAudience r : recognisedRoles.values()) {
            if (r.audience().existingCustomer()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role was recognised since the last call: returns it and clears it. */
    boolean drainRecognised() {
        boolean was = recognisedNew;
        recognisedNew = false;
        return was;
    }

    /** The roles a snapshot lists: those recognised now and those a restore kept ({@link #keptRoles}), by name. */
    List<String> toList() {
        TreeSet<String> roles = new TreeSet<>(recognisedRoles.keySet());
        roles.addAll(keptRoles);
        return List.copyOf(roles);
    }

    /** Takes back the roles a snapshot listed: recognised again if these settings name them, else kept by name. */
    void restore(List<String> listed) {
        for (String role : listed) {
            if (audienceOf(role) == null && keptRoles.size() < MAX_LISTED) {
                keptRoles.add(role);
            }
        }
    }
}
