package org.gridvoice.place;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.gridvoice.shared.NaturalOrder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * The one order of every list of places and offices: the sort number administrators set, then
 * the natural order of names (第二 before 第十, "2" before "10"), then the id. Reference lists are
 * small, so they are read whole from SQL (already by sort number) and ordered by name here.
 */
public final class PlaceOrder {

    public static final Comparator<StreetSummary> STREETS = of(StreetSummary::sortOrder, StreetSummary::name, StreetSummary::id);
    public static final Comparator<CommunitySummary> COMMUNITIES =
            of(CommunitySummary::sortOrder, CommunitySummary::name, CommunitySummary::id);
    /** Grids of one community; across communities, {@link PlaceService} puts each community's grids in the community's place. */
    public static final Comparator<GridSummary> GRIDS = of(GridSummary::sortOrder, GridSummary::name, GridSummary::id);
    public static final Comparator<OfficeSummary> OFFICES = of(OfficeSummary::sortOrder, OfficeSummary::name, OfficeSummary::id);

    private PlaceOrder() {
    }

    private static <T> Comparator<T> of(ToIntFunction<T> sortOrder, Function<T, String> name, Function<T, Long> id) {
        return Comparator.comparingInt(sortOrder).thenComparing(name, NaturalOrder.NAMES).thenComparing(id);
    }

    /** One page of a whole list, in the given order. */
    static <T> Page<T> page(List<T> all, Comparator<? super T> order, Pageable pageable) {
        List<T> sorted = all.stream().sorted(order).toList();
        if (pageable.isUnpaged()) {
            return new PageImpl<>(sorted, pageable, sorted.size());
        }
        int from = (int) Math.min(pageable.getOffset(), sorted.size());
        int to = Math.min(from + pageable.getPageSize(), sorted.size());
        return new PageImpl<>(sorted.subList(from, to), pageable, sorted.size());
    }
}
