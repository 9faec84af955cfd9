package org.gridvoice.demo;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year (60 weeks) of residents' requests for one community's grids, so that the insight screens
 * have something to show: every category at its own steady rate, heating complaints (物业管理) from
 * November to March, mosquitoes (环境卫生) from June to September, and one parking hotspot (停车交通)
 * in one grid in the latest complete week (Monday to Sunday).
 *
 * <p>Deterministic: counts come from a fixed seed and the week's position before {@code today}, never
 * from the grid's or community's ids, so two fresh communities get the same counts per grid, category
 * and week. A week and the same week a year (52 weeks) earlier share their counts, except for the
 * hotspot: a season rises exactly as it did last year, so it never looks new, while the hotspot does.
 * Within a week a count is its rate rounded up or down at random (with some week-to-week wobble),
 * never a Poisson draw: no cell other than the hotspot can reach a Poisson upper tail by chance.
 *
 * <p>The requests predate the platform, as imported history: they have no case ({@code case_id} NULL,
 * which the request lists leave out), status CLOSED when filed more than 30 days ago, RESOLVED
 * otherwise. Most have coordinates inside their grid's boundary (none when the grid has none).
 * About one in seven has one to three "me too" supports. Authors and supporters: the community's
 * verified residents and eight generated accounts per community that cannot sign in. Inserted by
 * JDBC batches in one transaction; a row in {@code demo_history_run} makes it run once per community.
 */
@Component
public class DemoHistory {

    static final long SEED = 20_261_116L;
    /** Complete weeks generated before the current one: a year and the 8 weeks before it. */
    static final int WEEKS = 60;
    static final int HOTSPOT_REQUESTS = 12;
    private static final int GENERATED_RESIDENTS = 8;
    private static final JsonMapper JSON = new JsonMapper();

    /** Requests per grid and week outside the seasons, by category code. */
    private static final Map<String, Double> BASE = new LinkedHashMap<>();

    static {
        BASE.put("environment", 1.5);
        BASE.put("municipal", 1.0);
        BASE.put("property", 1.2);
        BASE.put("parking", 1.1);
        BASE.put("safety", 0.5);
        BASE.put("care", 0.7);
        BASE.put("other", 0.5);
    }

    private static final double[] GRID_FACTOR = {1.0, 0.8, 1.2, 0.9, 1.1};

    private static final Map<String, String[]> WORDS = Map.of(
            "environment", new String[] {"楼道里堆了杂物，很久没人清理。", "垃圾箱房周边有异味，希望增加清运次数。", "绿化带里有建筑垃圾。"},
            "municipal", new String[] {"路灯不亮，晚上出行不安全。", "人行道地砖松动，容易绊倒。", "雨水井盖缺损。"},
            "property", new String[] {"电梯经常停运，老人上下楼困难。", "单元门门禁坏了。", "楼顶漏水，物业迟迟不修。"},
            "parking", new String[] {"非机动车乱停放，堵住了通道。", "小区内车位紧张，车辆占用消防通道。"},
            "safety", new String[] {"消防通道被占用。", "楼道里有电瓶车充电，存在火灾隐患。"},
            "care", new String[] {"希望增加老年助餐服务。", "独居老人需要上门探访。"},
            "other", new String[] {"建议增加社区活动。", "噪声扰民，希望协调。"});
    private static final String HEATING = "家里暖气不热，室温只有十几度，老人孩子受不了。";
    private static final String MOSQUITO = "绿化带和积水处蚊子很多，希望尽快灭蚊消杀。";
    private static final String HOTSPOT = "晚上沿街商铺门前车辆违停严重，占用人行道和消防通道，行人只能走机动车道。";

    /** What one run made. {@code alreadyDone}: it had run for this community before, and nothing was added now. */
    public record Seeded(Long communityId, int requests, int supports, Long hotspotGridId, Long hotspotCategoryId,
                         LocalDate hotspotWeek, boolean alreadyDone) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DemoHistory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The latest complete week's Monday, as of {@code today}. */
    public static LocalDate latestCompleteWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** A year of history with the parking hotspot. */
    public Seeded seed(Long communityId, LocalDate today) {
        return seed(communityId, today, true);
    }

    @Transactional
    public Seeded seed(Long communityId, LocalDate today, boolean withHotspot) {
        LocalDate week0 = latestCompleteWeek(today);
        int marked = jdbc.sql("INSERT IGNORE INTO demo_history_run (community_id, ran_at, requests) VALUES (:c, :at, 0)")
                .param("c", communityId).param("at", LocalDateTime.now()).update();
        if (marked == 0) {
            record Run(int requests, Long hotspotGridId) {
            }
            Run run = jdbc.sql("SELECT requests, hotspot_grid_id FROM demo_history_run WHERE community_id = :c")
                    .param("c", communityId).query(Run.class).single();
            return new Seeded(communityId, run.requests(), 0, run.hotspotGridId(), categoryId("parking").orElse(null), week0, true);
        }
        record GridRow(Long id, Long streetId, String description, String geometry) {
        }
        List<GridRow> grids = jdbc.sql("""
                SELECT g.id, c.street_id, g.description, b.geometry FROM place_grid g JOIN place_community c ON c.id = g.community_id
                LEFT JOIN place_grid_boundary b ON b.grid_id = g.id
                WHERE g.community_id = :c AND g.retired = FALSE ORDER BY g.sort_order, g.id""")
                .param("c", communityId).query(GridRow.class).list();
        Map<String, Long> categories = new LinkedHashMap<>();
        BASE.keySet().forEach(code -> categoryId(code).ifPresent(id -> categories.put(code, id)));
        List<Long> people = people(communityId);
        int hotspotIndex = Math.min(2, grids.size() - 1);
        boolean hotspot = withHotspot && !grids.isEmpty() && categories.containsKey("parking");

        List<Object[]> rows = new ArrayList<>();
        List<int[]> supportPlans = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (int g = 0; g < grids.size(); g++) {
            GridRow grid = grids.get(g);
            double[][] ring = ring(grid.geometry());
            int c = 0;
            for (Map.Entry<String, Long> category : categories.entrySet()) {
                for (int w = WEEKS - 1; w >= -1; w--) {
                    LocalDate monday = week0.minusWeeks(w);
                    boolean hot = hotspot && w == 0 && g == hotspotIndex && "parking".equals(category.getKey());
                    int count = hot ? HOTSPOT_REQUESTS : count(g, c, category.getKey(), week0, w);
                    SplittableRandom place = new SplittableRandom(SEED * 31 + (g * 1_000L + c) * 1_000L + w + 7);
                    for (int k = 0; k < count; k++) {
                        LocalDate day = monday.plusDays(place.nextInt(7));
                        LocalDateTime filed = day.atTime(7, 0).plusMinutes(place.nextInt(15 * 60));
                        if (!day.isBefore(today)) {
                            continue;
                        }
                        Month month = day.getMonth();
                        String words = hot ? HOTSPOT
                                : "property".equals(category.getKey()) && heating(month) && place.nextInt(3) > 0 ? HEATING
                                : "environment".equals(category.getKey()) && mosquito(month) && place.nextInt(3) > 0 ? MOSQUITO
                                : pick(WORDS.get(category.getKey()), place);
                        double[] point = ring != null && place.nextInt(10) < 8 ? inside(ring, place) : null;
                        Long author = people.get(place.nextInt(people.size()));
                        int supporters = place.nextInt(7) == 0 ? 1 + place.nextInt(3) : 0;
                        supporters = Math.min(supporters, people.size() - 1);
                        String status = filed.isBefore(now.minusDays(30)) ? "CLOSED" : "RESOLVED";
                        rows.add(new Object[] {grid.streetId(), communityId, grid.id(), category.getValue(), author,
                                grid.description() == null ? "小区内" : grid.description(),
                                point == null ? null : point[1], point == null ? null : point[0], words, Timestamp.valueOf(filed),
                                status, supporters, Timestamp.valueOf(filed.plusDays(3))});
                        supportPlans.add(new int[] {supporters, people.indexOf(author), place.nextInt(1_000)});
                    }
                }
                c++;
            }
        }
        Long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM request").query(Long.class).single();
        template.batchUpdate("""
                INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, show_name, address, latitude, longitude,
                    description, filed_at, status, supporters, updated_at)
                VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        record Made(Long id, LocalDateTime filedAt) {
        }
        List<Made> made = jdbc.sql("SELECT id, filed_at FROM request WHERE id > :before AND community_id = :c ORDER BY id")
                .param("before", before).param("c", communityId).query(Made.class).list();
        if (made.size() != rows.size()) {
            throw new IllegalStateException("Other requests were filed for community " + communityId + " while its history was seeded");
        }
        List<Object[]> supports = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            int[] plan = supportPlans.get(i);
            for (int s = 1; s <= plan[0]; s++) {
                Long supporter = people.get((plan[1] + s) % people.size());
                LocalDateTime at = made.get(i).filedAt().plusHours(2 + (plan[2] + s * 17) % 48L);
                supports.add(new Object[] {made.get(i).id(), supporter, Timestamp.valueOf(at.isAfter(now) ? now : at)});
            }
        }
        template.batchUpdate("INSERT INTO request_support (request_id, user_id, at) VALUES (?, ?, ?)", supports);
        Long hotspotGrid = hotspot ? grids.get(hotspotIndex).id() : null;
        jdbc.sql("UPDATE demo_history_run SET requests = :n, hotspot_grid_id = :g WHERE community_id = :c")
                .param("n", rows.size()).param("g", hotspotGrid).param("c", communityId).update();
        return new Seeded(communityId, rows.size(), supports.size(), hotspotGrid, categories.get("parking"), week0, false);
    }

    /**
     * Requests of grid {@code g} and category {@code c} in week {@code w} before the latest complete
     * one: its slot of the year (w mod 52) decides the rate and the random numbers, so a week repeats
     * the same week of last year.
     */
    static int count(int g, int c, String code, LocalDate week0, int w) {
        int slot = Math.floorMod(w, 52);
        Month month = week0.minusWeeks(slot).plusDays(3).getMonth();
        double rate = BASE.get(code) * GRID_FACTOR[g % GRID_FACTOR.length];
        if ("property".equals(code) && heating(month)) {
            rate += month == Month.DECEMBER || month == Month.JANUARY || month == Month.FEBRUARY ? 2.4 : 1.4;
        }
        if ("environment".equals(code) && mosquito(month)) {
            rate += month == Month.JULY || month == Month.AUGUST ? 2.2 : 1.2;
        }
        SplittableRandom random = new SplittableRandom(SEED + (g * 100L + c) * 100L + slot);
        double wobble = 0.75 + 0.5 * random.nextDouble();
        return (int) Math.floor(rate * wobble + random.nextDouble());
    }

    static boolean heating(Month month) {
        return month == Month.NOVEMBER || month == Month.DECEMBER || month.getValue() <= 3;
    }

    static boolean mosquito(Month month) {
        return month.getValue() >= 6 && month.getValue() <= 9;
    }

    private Optional<Long> categoryId(String code) {
        return jdbc.sql("SELECT id FROM place_category WHERE code = :c").param("c", code).query(Long.class).optional();
    }

    /** The community's verified residents, then its generated demo residents (made on the first run). */
    private List<Long> people(Long communityId) {
        List<Long> people = new ArrayList<>(jdbc.sql("""
                SELECT DISTINCT user_id FROM account_residency WHERE community_id = :c AND status = 'APPROVED' ORDER BY user_id""")
                .param("c", communityId).query(Long.class).list());
        LocalDateTime now = LocalDateTime.now();
        for (int i = 1; i <= GENERATED_RESIDENTS; i++) {
            String email = "history.c" + communityId + "." + i + "@gridvoice.demo";
            // "!" matches no password encoding: these accounts only author the history and cannot sign in
            Long id = jdbc.sql("""
                    INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                    VALUES (:e, '!', :n, 'zh-CN', 'NEVER', FALSE, :now) RETURNING id""")
                    .param("e", email).param("n", "居民" + (char) ('甲' + i - 1)).param("now", now).query(Long.class).single();
            people.add(id);
        }
        return people;
    }

    private static String pick(String[] words, SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }

    /** The outer ring of the first polygon of a stored boundary, or null. */
    private static double[][] ring(String geometry) {
        if (geometry == null) {
            return null;
        }
        JsonNode root = JSON.readTree(geometry);
        JsonNode ring = "Polygon".equals(root.path("type").asString("")) ? root.path("coordinates").path(0)
                : root.path("coordinates").path(0).path(0);
        double[][] out = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            out[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        return out.length < 4 ? null : out;
    }

    /** A random point inside the ring (lon, lat), rounded to the request's six decimals; null after 40 misses. */
    static double[] inside(double[][] ring, SplittableRandom random) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            double x = Math.round((minX + random.nextDouble() * (maxX - minX)) * 1e6) / 1e6;
            double y = Math.round((minY + random.nextDouble() * (maxY - minY)) * 1e6) / 1e6;
            if (contains(ring, x, y)) {
                return new double[] {x, y};
            }
        }
        return null;
    }

    /** Ray casting: a point is inside when a ray from it crosses the ring's edges an odd number of times. */
    static boolean contains(double[][] ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                    && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                in = !in;
            }
        }
        return in;
    }
}
