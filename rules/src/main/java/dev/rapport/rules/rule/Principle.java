package dev.rapport.rules.rule;

/**
 * The coaching principles every rule and tip traces back to (see coaching-principles.md in the project's shared
 * notes). Each carries the one line a tip uses to say why it matters.
 */
public enum Principle {
    RELATIONSHIPS_BEFORE_REACH(1, "Relationships before reach",
            "People buy from people they know, like and trust; that trust is built in conversation, not broadcasts."),
    LINKS_ARE_SEASONING(2, "Links are seasoning, not the meal",
            "Your links and plugs land when people already know you or asked for them; repeated, they teach people to scroll past."),
    MEET_CREATE_VALUE_SELL(3, "Meet, create value, then sell",
            "Relationships go meet, be useful, then sell; a pitch to someone you just met skips two steps."),
    TWO_WAY_STREET(4, "A two-way street",
            "An unanswered message is like an ignored voicemail; people engage with those who engage with them."),
    NOT_ABOUT_YOU(5, "It is not about you",
            "People care about what you do for them; listening and asking beat talking about your news."),
    WHERE_CUSTOMERS_ARE(6, "Network where your customers are",
            "Peers rarely buy or refer; the people asking questions you can answer are your future customers."),
    BEST_CUSTOMERS_BRING_NEXT(7, "Your best customers bring the next ones",
            "Customers who reach out and hear nothing are the most expensive misses; fans bring the next clients.");

    private final int number;
    private final String title;
    private final String why;

    Principle(int number, String title, String why) {
        this.number = number;
        this.title = title;
        this.why = why;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** One line on why it matters, in the coach's voice. */
    public String why() {
        return why;
    }
}
