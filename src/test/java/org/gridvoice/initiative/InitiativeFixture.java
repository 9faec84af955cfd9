package org.gridvoice.initiative;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.meeting.CommunityRoll;
import org.gridvoice.meeting.RollCounts;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Initiatives of 幸福里社区 (community 1) signed by its demo residents, who live in eleven distinct households:
 * as many as the community's roll needs, read from {@link CommunityRoll} at the time of the test.
 */
@Component
public class InitiativeFixture {

    /**
     * Demo residents of community 1 in distinct households. The demo's eleven verified residents there live in
     * six households (its addresses repeat every twelve residents); {@link #SAME_HOUSEHOLD_AS_FIRST} shares the first's.
     */
    public static final List<String> COMMUNITY_1 = List.of("resident02", "resident03", "resident07", "resident08", "resident09",
            "resident13");
    public static final String SAME_HOUSEHOLD_AS_FIRST = "resident14";

    private final JdbcClient jdbc;
    private final InitiativeSigning signing;
    private final CommunityRoll roll;

    InitiativeFixture(JdbcClient jdbc, InitiativeSigning signing, CommunityRoll roll) {
        this.jdbc = jdbc;
        this.signing = signing;
        this.roll = roll;
    }

    public SignedInUser demo(String name) {
        String email = name + "@gridvoice.demo";
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        return new SignedInUser(id, email, name, true, EnumSet.of(Role.RESIDENT), null);
    }

    public RollCounts roll() {
        return roll.counts(People.COMMUNITY_XINGFULI);
    }

    /** How many signers in distinct households meet the threshold by the households measure now. */
    public int householdsNeeded() {
        RollCounts counts = roll();
        int needed = 1;
        while (!Threshold.of(counts, needed, needed).met()) {
            needed++;
        }
        Assumptions.assumeTrue(needed <= COMMUNITY_1.size(), "community 1 needs more signers than the demo has: " + needed);
        return needed;
    }

    /** A new initiative opened by the first demo resident of community 1. */
    public Long open(String title) {
        People.actAs(demo(COMMUNITY_1.getFirst()));
        Long id = signing.open(new InitiativeForm(title + " " + System.nanoTime(), "请居委会召集**居民会议**。"));
        People.signOut();
        return id;
    }

    /** Signs with demo residents 2.. of community 1 until {@code signers} have signed (the opener counted); returns them. */
    public List<SignedInUser> signUpTo(Long id, int signers) {
        List<SignedInUser> signed = new ArrayList<>();
        for (int i = 1; i < signers; i++) {
            SignedInUser resident = demo(COMMUNITY_1.get(i));
            People.actAs(resident);
            signing.sign(id);
            signed.add(resident);
        }
        People.signOut();
        return signed;
    }

    /** A new initiative that met its threshold just now. */
    public Long met(String title) {
        Long id = open(title);
        signUpTo(id, householdsNeeded());
        return id;
    }

    public String status(Long id) {
        return jdbc.sql("SELECT status FROM initiative WHERE id = :i").param("i", id).query(String.class).single();
    }

    public long signatures(Long id) {
        return jdbc.sql("SELECT COUNT(*) FROM initiative_signature WHERE initiative_id = :i").param("i", id).query(Long.class).single();
    }

    public long notifications(String email, String kind, Long id) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n JOIN account_user u ON u.id = n.user_id
                WHERE u.email = :e AND n.kind = :k AND n.link = :l""").param("e", email).param("k", kind).param("l", "initiatives/" + id)
                .query(Long.class).single();
    }
}
