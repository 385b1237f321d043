package dev.rapport.rules.audience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the one who would do the work adds the job's costs to a price, or comes out to the buyer: a post saying so
 * offers work, though it names a service as a buyer would.
 */
class CostsOnTopTest {

    @Test
    void aPriceWithTheJobsCostsOnTopOffersWork() {
        assertThat(CostsOnTop.is("Bike services round the city, tune-ups £45 plus parts")).isTrue();
        assertThat(CostsOnTop.is("tiling services, £180 a day + materials, north side only")).isTrue();
        assertThat(CostsOnTop.is("piano tuning services, $90 plus travel outside town")).isTrue();
        assertThat(CostsOnTop.is("gutter clearing services from £60, parts extra")).isTrue();
        assertThat(CostsOnTop.is("mobile dog grooming services, I come to you with the van")).isTrue();
    }

    @Test
    void aBuyersFigureOrAPriceAloneOffersNothing() {
        assertThat(CostsOnTop.is("need bike services before the sportive, budget £45 plus parts")).isFalse();
        assertThat(CostsOnTop.is("looking for tiling services, can pay £180 plus materials")).isFalse();
        assertThat(CostsOnTop.is("anyone recommend piano tuning services? last one charged $90")).isFalse();
        assertThat(CostsOnTop.is("can you come to me on Saturday to look at it?")).isFalse();
    }
}
