package org.diplokg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.eval.Field.Date;
import org.diplokg.eval.Field.Exact;
import org.diplokg.eval.Field.Name;
import org.diplokg.model.ActorType;
import org.diplokg.model.EventType;
import org.diplokg.model.Role;

/**
 * Reads a gold file (DESIGN 6) into {@link Gold} tuples, checking the format as it goes: any departure is a
 * {@link GoldFormatException} naming the file and the key. Keys the format does not define are ignored.
 */
public final class GoldReader {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final BigDecimal LARGEST_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private GoldReader() {}

    public static Gold read(Path file) {
        JsonValue root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parseAny(in);
        } catch (IOException e) {
            throw new EvaluationException(file + ": cannot read: " + e.getMessage());
        } catch (JsonException e) {
            throw new GoldFormatException(file, "(syntax)", "not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser fails with a NullPointerException on some truncated input rather than a JsonException.
            throw new GoldFormatException(file, "(syntax)", "not JSON (truncated?): " + e);
        }
        return new Parse(file).gold(root);
    }

    /** One actor entry: its spellings and their keys. */
    private record Entry(String path, String display, Set<String> keys) {}

    /** The parse of one file; holds the actor index that names in tenures and events are read through. */
    private static final class Parse {
        private final Path file;
        private final Map<String, Entry> actorsByKey = new HashMap<>();
        private final Map<Kind, List<Tuple>> tuples = new EnumMap<>(Kind.class);

        Parse(Path file) {
            this.file = file;
            for (Kind kind : Kind.values()) tuples.put(kind, new ArrayList<>());
        }

        Gold gold(JsonValue root) {
            JsonObject object = object(root, "(root)");
            LocalDate published = published(object);
            List<JsonObject> actors = objects(object, "actors");
            for (int i = 0; i < actors.size(); i++) actor(actors.get(i), "actors[" + i + "]");
            List<JsonObject> tenures = objects(object, "tenures");
            for (int i = 0; i < tenures.size(); i++) tenure(tenures.get(i), "tenures[" + i + "]");
            List<JsonObject> events = objects(object, "events");
            for (int i = 0; i < events.size(); i++) event(events.get(i), "events[" + i + "]");
            return new Gold(published, tuples);
        }

        private LocalDate published(JsonObject root) {
            if (!root.hasKey("published")) throw error("published", "missing (write null when the date is unknown)");
            JsonValue value = root.get("published");
            if (value.isNull()) return null;
            String text = string(value, "published");
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw error("published", "'" + text + "' is not an ISO date (YYYY-MM-DD)");
            }
        }

        private void actor(JsonObject actor, String path) {
            List<String> spellings = spellings(required(actor, "name", path), path + ".name");
            ActorType type = constant(ActorType.class, string(required(actor, "type", path), path + ".type"), path + ".type");
            Set<String> keys = keys(spellings, path + ".name");
            Entry entry = new Entry(path, spellings.getFirst(), keys);
            for (String key : keys) {
                Entry other = actorsByKey.putIfAbsent(key, entry);
                if (other != null && other != entry) {
                    throw error(path + ".name", "a spelling of it also names " + other.path + " (" + other.display + ")");
                }
            }
            add(Kind.actors, new Name(entry.display, keys), new Exact(type.name()));
        }

        private void tenure(JsonObject tenure, String path) {
            Name holder = actorName(required(tenure, "holder", path), path + ".holder");
            Name of = present(tenure, "of") ? actorName(tenure.get("of"), path + ".of") : Name.NONE;
            add(Kind.tenures, holder, of);
        }

        private void event(JsonObject event, String path) {
            EventType eventType = constant(EventType.class, string(required(event, "type", path), path + ".type"), path + ".type");
            Exact type = new Exact(eventType.name());
            Date date = present(event, "date") ? new Date(isoDate(event.get("date"), path + ".date")) : Date.UNDATED;
            if (present(event, "end")) isoDate(event.get("end"), path + ".end");
            if (present(event, "ordinal")) positive(event.get("ordinal"), path + ".ordinal");
            add(Kind.events, type, date);
            for (Role role : Role.values()) {
                if (!event.hasKey(role.name())) continue;
                String rolePath = path + "." + role.name();
                JsonValue names = event.get(role.name());
                if (!names.isArray()) throw error(rolePath, "a role takes a list of actor names");
                for (int i = 0; i < names.getAsArray().size(); i++) {
                    Name actor = actorName(names.getAsArray().get(i), rolePath + "[" + i + "]");
                    add(Kind.arguments, type, date, new Exact(role.name()), actor);
                }
            }
            if (present(event, "place")) add(Kind.places, type, date, placeName(event.get("place"), path + ".place"));
            if (present(event, "phases")) {
                add(Kind.phases, type, date, new Exact(Integer.toString(positive(event.get("phases"), path + ".phases"))));
            }
        }

        /** A name in a tenure or an event: it must be one of the actors, and stands for all of that actor's spellings. */
        private Name actorName(JsonValue value, String path) {
            List<String> spellings = spellings(value, path);
            Set<Entry> entries = entriesOf(keys(spellings, path));
            if (entries.isEmpty()) throw error(path, "'" + spellings.getFirst() + "' is not among the actors");
            if (entries.size() > 1) throw error(path, "'" + spellings.getFirst() + "' names more than one actor");
            return new Name(spellings.getFirst(), entries.iterator().next().keys);
        }

        /** A place: its own spellings, and an actor's too when it names one (a state standing as a place). */
        private Name placeName(JsonValue value, String path) {
            List<String> spellings = spellings(value, path);
            Set<String> keys = new LinkedHashSet<>(keys(spellings, path));
            for (Entry entry : entriesOf(Set.copyOf(keys))) keys.addAll(entry.keys);
            return new Name(spellings.getFirst(), keys);
        }

        private Set<Entry> entriesOf(Set<String> keys) {
            Set<Entry> entries = new LinkedHashSet<>();
            for (String key : keys) {
                Entry entry = actorsByKey.get(key);
                if (entry != null) entries.add(entry);
            }
            return entries;
        }

        /** A name is a string or a non-empty list of spellings. */
        private List<String> spellings(JsonValue value, String path) {
            if (value.isString() && !value.getAsString().value().isBlank()) return List.of(value.getAsString().value());
            if (value.isArray() && !value.getAsArray().isEmpty()) {
                List<String> spellings = new ArrayList<>();
                for (JsonValue spelling : value.getAsArray()) {
                    if (!spelling.isString() || spelling.getAsString().value().isBlank()) break;
                    spellings.add(spelling.getAsString().value());
                }
                if (spellings.size() == value.getAsArray().size()) return spellings;
            }
            throw error(path, "a name is a non-empty string or a non-empty list of non-empty strings");
        }

        private Set<String> keys(List<String> spellings, String path) {
            Set<String> keys = new LinkedHashSet<>();
            for (String spelling : spellings) {
                String key = NameKey.of(spelling);
                if (key.isEmpty()) throw error(path, "'" + spelling + "' has no letter or digit");
                keys.add(key);
            }
            return keys;
        }

        private String isoDate(JsonValue value, String path) {
            String text = string(value, path);
            if (!ISO_DATE.matcher(text).matches() || !isCalendarDate(text)) {
                throw error(path, "'" + text + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
            return text;
        }

        private static boolean isCalendarDate(String iso) {
            try {
                switch (iso.length()) {
                    case 10 -> LocalDate.parse(iso);
                    case 7 -> YearMonth.parse(iso);
                    default -> { }
                }
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }

        private int positive(JsonValue value, String path) {
            if (value.isNumber()) {
                BigDecimal number = new BigDecimal(value.getAsNumber().value().toString());
                boolean whole = number.stripTrailingZeros().scale() <= 0;
                if (number.signum() > 0 && whole && number.compareTo(LARGEST_INT) <= 0) return number.intValue();
            }
            throw error(path, "a positive whole number is expected, not " + value);
        }

        private <E extends Enum<E>> E constant(Class<E> type, String name, String path) {
            for (E constant : type.getEnumConstants()) if (constant.name().equals(name)) return constant;
            throw error(path, "unknown " + type.getSimpleName() + " '" + name + "', expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }

        private List<JsonObject> objects(JsonObject parent, String key) {
            JsonValue value = required(parent, key, "(root)");
            if (!value.isArray()) throw error(key, "a list is expected");
            List<JsonObject> objects = new ArrayList<>();
            for (int i = 0; i < value.getAsArray().size(); i++) objects.add(object(value.getAsArray().get(i), key + "[" + i + "]"));
            return objects;
        }

        private JsonObject object(JsonValue value, String path) {
            if (!value.isObject()) throw error(path, "an object is expected");
            return value.getAsObject();
        }

        private JsonValue required(JsonObject object, String key, String path) {
            if (!object.hasKey(key) || object.get(key).isNull()) {
                throw error(path.equals("(root)") ? key : path + "." + key, "missing");
            }
            return object.get(key);
        }

        /** Whether an optional key is given: absent and null both mean "not given". */
        private static boolean present(JsonObject object, String key) {
            return object.hasKey(key) && !object.get(key).isNull();
        }

        private String string(JsonValue value, String path) {
            if (!value.isString()) throw error(path, "a string is expected");
            return value.getAsString().value();
        }

        private void add(Kind kind, Field... fields) {
            tuples.get(kind).add(Tuple.of(kind, fields));
        }

        private GoldFormatException error(String key, String problem) {
            return new GoldFormatException(file, key, problem);
        }
    }
}
