package dev.rapport.rules.engine;

import dev.rapport.rules.links.Pictures;
import dev.rapport.rules.links.SignUpForms;
import dev.rapport.rules.model.ChannelKind;
import dev.rapport.rules.model.ChatMessage;
import dev.rapport.rules.model.Link;
import dev.rapport.rules.model.UserId;
import dev.rapport.rules.norms.Norm;
import dev.rapport.rules.norms.RoomNorms;
import dev.rapport.rules.promo.OwnSites;
import dev.rapport.rules.promo.PromoDetector;
import dev.rapport.rules.promo.PromoVerdict;
import dev.rapport.rules.promo.ReleaseNews;
import dev.rapport.rules.rule.MessageFacts;
import dev.rapport.rules.rule.UserHistory.LinkPost;
import dev.rapport.rules.text.ChannelEcho;
import dev.rapport.rules.text.ChannelPurpose;
import dev.rapport.rules.text.CommunityCause;
import dev.rapport.rules.text.CommunityVote;
import dev.rapport.rules.text.CritiqueRequest;
import dev.rapport.rules.text.FavourAsk;
import dev.rapport.rules.text.FigureUpdate;
import dev.rapport.rules.text.HelpRequest;
import dev.rapport.rules.text.Hiring;
import dev.rapport.rules.text.OwnAccountAsk;
import dev.rapport.rules.text.Ownership;
import dev.rapport.rules.text.PaidPostsRoom;
import dev.rapport.rules.text.Pitch;
import dev.rapport.rules.text.PostsPromised;
import dev.rapport.rules.text.ProviderClaim;
import dev.rapport.rules.text.RoomPointer;
import dev.rapport.rules.text.SumUpTo;
import dev.rapport.rules.text.TextFeatures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reading step of a person's own message: what it is (promotion or not, and whose; an ask for help; an
 * introduction; a welcome; an answer with or without a plug), and so which of its links count as shared and what the
 * rules see of it. Apart from the engine because it is the one place where the channel's purposes, the promotion
 * detector and the person's week of links meet; it reads, and notes only that the person is asking for help.
 * Not thread-safe: the engine's, like its other state.
 */
final class OwnMessageReader {
    /** Links posted within this of one's last word in the channel are a run, not one post ({@code links.burst}'s window). */
    private static final Duration RUN = Duration.ofMinutes(10);
    /**
     * Other rooms the same link went to in the week before a post that fits its own room makes it a scatter: with this
     * one, the channels a cross-post needs ({@code links.repeat}'s default).
     */
    private static final int SCATTER_ROOMS_BEFORE = 2;
    /** Within this, the same link in three rooms is a cross-post ({@code links.repeat}'s default window). */
    private static final Duration CROSS_POST = Duration.ofHours(24);
    /** Time at least between two posts of a figure's update: a reading a day is news ({@code links.repeat}'s spacing). */
    private static final Duration UPDATE_SPACING = Duration.ofHours(12);

    private final PromoDetector promoDetector;
    private final ChannelPurposes purposes;
    /** What a reply replies to, to tell one's own introduction thread from someone else's. */
    private final SeenMessages seen;
    /** What each channel's own regulars do there, and the pseudonyms it knows people by. */
    private final RoomNorms norms;
    private final PseudonymCache pseudonyms;

    OwnMessageReader(PromoDetector promoDetector, ChannelPurposes purposes, SeenMessages seen, RoomNorms norms,
                     PseudonymCache pseudonyms) {
        this.promoDetector = Objects.requireNonNull(promoDetector, "promoDetector");
        this.purposes = Objects.requireNonNull(purposes, "purposes");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.norms = Objects.requireNonNull(norms, "norms");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
    }

    /**
     * Reads what a person's own message is: promotion or not (and whose), an ask for help, an introduction, a
     * welcome, an answer with or without a plug; and so which of its links count as shared. Notes in {@code s}
     * that the person is asking for help.
     */
    OwnReading read(UserState s, ChatMessage m, List<UserId> addressees, Cues cues, boolean answer,
                    CommunityState community) {
        TextFeatures text = cues.features();
        // A channel made for promotion, configured or named so (#showcase, #self-promo), welcomes it; an announcements
        // channel (#announcements, #events) is the community's notice board, where news, links and calls to join are
        // what it is for, and each post speaks to everyone: not broadcasting, promoting or self-focus.
        boolean noticeBoard = purposes.of(m.channelInfo()).announcements();
        // A showcase welcomes one's own work posted to the room; one's own thing put in a reply under someone else's
        // post there ("lovely tree! my workshop still has spots: …") rides on their work, as a plug rides on an answer.
        // A channel for trade is another matter: an offer in reply to someone's request is what it is for, though not
        // one under a post of theirs that asked nothing (underUnaskedPost).
        boolean underOthers = m.replyToAuthor().isPresent() && !m.replyToAuthor().get().equals(m.author())
                && (!purposes.of(m.channelInfo()).trade() || underUnaskedPost(m, community));
        // In a business's own server the notice board is the team's: a guest's own sale pinned there is promotion.
        boolean promoWelcome = community.promotionWelcomeIn(m.channel(), m.parent())
                || purposes.of(m.channelInfo()).promotion() && !underOthers
                || noticeBoard && !OwnBusiness.guestOnTheTeamsBoard(community, m)
                // A room whose topic tells the trade to offer its services there ("advisers: offer your services here",
                // audience/OffersRoom) welcomes one's own offer posted to it, as a marketplace does.
                || !underOthers && m.kind() != ChannelKind.DIRECT && community.trade().offersRoom(m.channelInfo());
        // A room is made for listings by its name (#for-sale, #marketplace) or by a topic saying its members list things
        // for sale there ("buy, sell, swap: tools and spares"), whatever it is called.
        boolean salesRoom = purposes.of(m.channelInfo()).trade() || purposes.of(m.channelInfo()).listingsTopic();
        PromoVerdict promo = promotionIn(m, cues);
        // A word that sends people to one's offer where it is listed ("still have the saddle for sale if anyone's
        // looking, it's in #trade"), with no price, code or link, points to the sale rather than making it again: the
        // listing is the offer, and this is one line about it. Not a pitch at someone ("DM me") and not an ask.
        if (promo.promotional() && !promo.engagementAsk() && m.links().isEmpty() && m.kind() != ChannelKind.DIRECT
                && !cues.pitch() && !Pitch.pricedOrCoded(m.text()) && RoomPointer.names(m.text())) {
            promo = PromoVerdict.NONE;
        }
        // A job the writer needs filled ("barista needed Sun, £14/hr, DM me"): the price is the pay and the DM where
        // the job is taken, so hiring is buying work, not selling oneself; its link, if any, is still a link.
        // So is paid work posted to a room by whoever fills it ("temp role from Monday, £95/day, message me"): the
        // rate is the reader's pay. Sent privately to someone who asked for nothing, it recruits them: still a pitch.
        boolean hiring = cues.hiring() || m.kind() != ChannelKind.DIRECT && Hiring.offersWork(m.text());
        if (hiring && !promo.engagementAsk()) {
            promo = PromoVerdict.NONE;
        }
        // One's own work shown in a channel made for feedback with a request for critique ("roast my pricing page",
        // "better now?") asks the members for their eye: a request, not promotion, and its link is what is asked
        // about. The request decides, not the channel: a release or a code dropped there with no request still sells.
        boolean critique = purposes.of(m.channelInfo()).feedback() && !promo.salesPitch() && !cues.pitch()
                && CritiqueRequest.is(m.text());
        // A call for testers or volunteers in a channel made for calls (#test-calls), and its updates with the same
        // sign-up link, is a request for people to take part, not promotion: what the channel is for. A sale stays one.
        // So does an ask to follow or subscribe to one's own account ("could you all follow @my.handle?", "sub to my
        // channel"): it gathers an audience for the writer, which is no call for people to take part, while a call's
        // own asks (follow the link to sign up, share the call with anyone nearby) stay the call's (text/OwnAccountAsk).
        boolean call = purposes.of(m.channelInfo()).calls() && !promo.salesPitch() && !cues.pitch()
                && !(promo.engagementAsk() && OwnAccountAsk.is(m.text()));
        // A post that echoes its channel's own words ("signups for the beta are open" in #beta-signups, "diary, week
        // six" in #progress-diary) is the kind of post the channel was made for, whatever it is called: one's own work
        // or call there is not promotion, its link not a habit, its words to the room not broadcast or self-focus.
        // Not a sale or a pitch at someone, and not one post of a burst: those are what they are anywhere.
        Norm norm = m.kind() == ChannelKind.DIRECT || !norms.enabled() ? Norm.NONE
                : norms.of(m.channel(), pseudonyms.code(m.author()), m.time());
        // Where the channel's regulars ask it things, it is a place to talk about its topic (#kiln-corner), and a
        // post that names the topic is talk like any other.
        // Not one's own thing with its link put in a reply under someone else's post in a room where members show their
        // own work ("#show-your-pots", "your finished pieces"): it rides on their piece, as in a showcase, and the
        // room's subject in its words does not make it the room's kind of post.
        boolean ridesOnShownWork = underOthers && purposes.of(m.channelInfo()).ownPosts() && promo.selfPromotion()
                && !m.links().isEmpty();
        // Not one that also offers one's own thing at a price with its page, where the room's own words ask for pieces
        // and speak of no pay ("one loop each per week, post yours"): the room asked for the loop, not for its sale.
        // A room for paid posts ("paid tables: post yours", "job postings") asks for the price too.
        boolean onPurpose = !norm.talks() && !ridesOnShownWork && onPurpose(s, m, addressees, promo, cues)
                && !(!hiring && !PaidPostsRoom.is(m.channelInfo()) && pricedOfferToRoom(m, addressees, answer, text));
        if (critique || call || onPurpose) {
            promo = PromoVerdict.NONE;
        }
        // Where most of the channel's other regulars post their own work with its link, whatever the channel is
        // called, showing one's own there follows the room. Not a sale, a code or an ask to follow or wishlist: the
        // room shows work, it does not sell it. Its links still count, so the same link again, or into several
        // channels, is still a repeat.
        if (norm.showsOwn() && addressees.isEmpty() && !m.links().isEmpty() && !promo.salesPitch() && !cues.pitch()
                && !promo.engagementAsk()) {
            promo = PromoVerdict.NONE;
        }
        // One's own thing offered to the room at a price with the page where it is had, where nobody asked ("new 5L
        // crocks in from the kiln, €48: <the shop's page>", "still $9 a jar if you want some: <page>"): a sale,
        // with or without "my". Only where the room is not the one for selling (named so, or a topic saying members buy
        // and sell there), and only when nothing else already excused the post (its room's own kind of post, a call,
        // a request for critique).
        if (!promo.promotional() && !critique && !call && !onPurpose && !hiring
                && pricedOfferToRoom(m, addressees, answer, text)) {
            promo = promo.offeredToRoom();
        }
        boolean introduction = purposes.of(m.channelInfo()).introductions() && introducesThemselves(m)
                && s.introducing(m.channel(), m.time());
        // Someone else's work, named as theirs ("@Jo's guide") or credited to its maker ("a guide by Odile Brandt"),
        // unless the message sells: a sale that credits its producer is still one's own sale.
        // Nor a sale of a link one pushed as one's own this week ("my code" on Monday), now naming the maker's product
        // ("<Brand>'s new feature, 20% off with code …"): the seller is the same, whoever made what is sold.
        boolean theirs = (promo.promotional() || promo.engagementAsk() || !m.links().isEmpty())
                // A shop's possessive name carried by the address of the page sold at a price ("Lark's seedlings, £3 a
                // tray: larksgarden.example/…") is the shop naming itself, as on its sign: the seller's sale, not
                // someone else's work passed on (text/Ownership).
                && (Ownership.someoneElses(m.text(), pricedOwnPage(m) ? m.links() : List.of())
                || !promo.salesPitch() && Ownership.credits(m.text()))
                && !(promo.salesPitch() && MessageLinks.promotedBefore(s, MessageLinks.shared(m.links(), false)))
                // Nor one's own introduction naming where one works by its possessive ("Sam from Hart's survey team"):
                // the place is the writer's own, and so is the page the hello carries.
                && !(introduction && Ownership.ownAffiliation(m.text()));
        // The community's own cause ("our winter appeal, please share") is the group's, not one's business: neither
        // promotion nor an ask. Its link is still a link: the same appeal scattered over every channel is a repeat.
        // So is the group's own vote ("the logo vote closes Sunday, the poll is pinned"), a vote for the group itself in
        // someone else's award ("the choir's been nominated, vote for us": the members' cause), and its own event or outing
        // called to the members with its sign-up ("Sunday hike at nine, sign up and we will sort out lifts").
        // Not a reminder carrying the link of one's own earlier ask or promotion ("voting closes Friday!" with the link
        // of one's "vote for me"): the same ask again, in the words of a vote.
        boolean cause = (!theirs && (promo.promotional() || promo.engagementAsk()) && !promo.salesPitch()
                && (CommunityCause.is(m.text()) || CommunityVote.is(m.text())
                || CommunityVote.forTheGroup(m.text()) || CommunityCause.event(m.text()))
                || !theirs && causeRoomUpdate(m, addressees, cues, promo)
                // The group's own occasion sold to the room at its price ("club dinner, £35 a head: <page>") is the
                // group's too, whatever the words of the sale: whoever posts it earns nothing from it. Not put to
                // someone as a pitch, and not one claimed as the writer's ("my", "I'm running").
                || !theirs && (promo.promotional() || promo.engagementAsk()) && addressees.isEmpty() && !cues.pitch()
                && (CommunityCause.groupEvent(m.text())
                // So is an order the members place together, called with the sheet they put their names on ("group
                // order from the wholesaler, 12% off if we reach 40 cases"): the discount is the buyers' own, from a
                // seller none of them is. Not with a page of anyone's shop: then the sheet is not all there is.
                || !m.links().isEmpty() && allSignUpForms(m.links()) && CommunityCause.groupBuy(m.text())))
                && !MessageLinks.promotedBefore(s, MessageLinks.shared(m.links(), false));
        // One's own work pushed at someone with an invitation to get in touch is an offer too ("your bakery needs a
        // logo, check out my portfolio and let's talk"), not a request to look.
        // A call to book offered by someone selling this week ("happy to help, book a free call here: …") is a sales
        // call: what the call is for is the person's own offer, on record in their promotion of the last days.
        // A price put privately to one person as a question, unasked ("5-day package €420, want me to keep one for
        // you?"), offers them the priced thing: a sale taken to their inbox.
        // Not the buyer's reply to one who promised them the thing they asked the room for ("£22 is fair, can you post
        // it Monday?"): the price there is the seller's, taken up.
        boolean pitch = !hiring && (cues.pitch()
                || m.kind() == ChannelKind.DIRECT && !answer && (Pitch.pricedQuestion(m.text())
                // or said as an urge to book the writer ("£150 a day with the van, worth booking me early for the
                // summer"): the same priced work put to them to take up, in a statement rather than a question
                || Pitch.pricedCallToBookOneself(m.text())
                // or with the sale closed for them ("£70 for the lot, we could pop round on Monday, just say the word"):
                // a yes is all that is left to them, the priced work put to them to take up as a question would
                || Pitch.pricedCloseForThem(m.text())
                // or with the writer booking them in ("£1,200 fitted, we'll pencil you in for June"): the same close
                || Pitch.pricedBookingForThem(m.text()))
                && !community.buyerTalksTerms(m, addressees)
                || promo.selfPromotion() && !m.addressees().isEmpty() && Pitch.invitesContact(m.text())
                || !addressees.isEmpty() && Pitch.callToBook(m.text(), m.links()) && !s.recentPromotion().isEmpty()
                || privateCallToBookWithStranger(s, m, addressees, answer)
                || privatePricedOfferToStranger(s, m, addressees, answer));
        boolean sells = promotionOrPitch(promo, pitch);
        // Asking for help means describing one's own situation ("my wifi stopped after I updated"): a question or a
        // problem report that sells nothing, and the person's part of the conversation after it in that channel, are
        // about their problem, not self-focus. The conversation lasts while their turns there keep coming (no pause
        // over TURN_WINDOW), however long the troubleshooting takes. Generalises the introduction exemption below.
        boolean asking = (text.question() || cues.helpRequest()) && !answer && !promo.promotional()
                && !promo.engagementAsk() && !pitch;
        boolean helpConversation = s.seekingHelp(m.channel(), m.time(), CoachEngine.TURN_WINDOW);
        // So is telling the room one is not coping (worn out, overwhelmed, frightened of failing): a trouble confided
        // asks the others for support, and its "I" is the trouble told, not talk about oneself; the replies it draws
        // and one's answers to them are the conversation it opened.
        boolean confides = !answer && !sells && m.kind() != ChannelKind.DIRECT && HelpRequest.confidesStrain(m.text());
        boolean seekingHelp = asking || confides || helpConversation;
        if (seekingHelp && !sells) {
            s.askedFor(m.channel(), m.time());
        }
        // A request for help put to the room (naming nobody; a reply link only guessed names nobody either) opens a
        // conversation with whoever helps: those who speak to the person there in the hour after are their helpers.
        if (asking && !sells && m.kind() != ChannelKind.DIRECT && m.mentions().isEmpty()
                && (m.replyTo().isEmpty() || m.replyGuessed())) {
            s.askedTheRoom(m.channel(), m.time());
        }
        // A host name written bare (no scheme, no path) while asking for help, or in a reply or mention without any
        // wording of promotion, names what is talked about (the site that does not load, the server in the settings);
        // it sends nobody anywhere.
        boolean hostsAreTopics = seekingHelp || !m.addressees().isEmpty() && !sells;
        // Welcoming someone in an introductions channel (a reply to their introduction that sells nothing) points them
        // to what helps: the links of a welcome are help, whoever's they are ("our wiki", "@Jo's guide").
        boolean welcoming = purposes.of(m.channelInfo()).introductions() && m.replyToAuthor().isPresent()
                && !m.replyToAuthor().get().equals(m.author()) && !introduction && !sells;
        // A picture posted with a question that sells nothing (one's work under "too harsh?", a photo of the fault)
        // shows what is asked about: asking for feedback is not sharing links.
        boolean showing = asking && Pictures.all(m.links());
        // Others' reading passed on in a channel made for it (#reading, #resources) is what the channel asks for.
        // So are others' deals passed on in a channel for deals: a shop's page with its price, claimed by no word as
        // one's own (a bare link dropped, perhaps called a deal), is the channel's content, not a habit of dropping
        // links. (Not yet a listing's entries: a store's own page dropped into a release calendar reads the same.)
        boolean passedOn = purposes.of(m.channelInfo()).deals() && (!promo.promotional() || promo.linkDropOnly());
        boolean curated = (purposes.of(m.channelInfo()).reading() && !promo.promotional() || passedOn)
                && !promo.engagementAsk() && !pitch;
        // Links in an answer, in a channel made for them, in one's introduction or to someone else's work are help.
        // An answer is help, but a plug for one's own stuff tacked onto it with its link ("...and subscribe to my
        // newsletter: https://...") answers nothing that was asked: the ask is promotion and its link is shared,
        // however good the answer before it. So is one's own paid thing offered on an answer with where to get it
        // ("hope that helps! my course covers this, 30% off this week: …"), unless the question asked for an offer;
        // saying what one sells ("I sell to architects, they never answer email") offers nothing.
        // The sale can also be known from the offer rather than its words: a priced offer of one's own (a pitch), or a
        // link the person promoted in the last days brought to the answer again ("my course covers this → …").
        List<Link> ownLinks = MessageLinks.shared(m.links(), false);
        // So can a link offered at a price elsewhere in the last day, though not as promotion (a listing in the room
        // for listings): brought to an answer ("ours go home vaccinated, still 2 left → the listing") it is the offer
        // again, riding on the answer.
        // So can the writer's own trade named beside a price and its page ("...usually a few days. I also run a
        // weekend course, £90, book: <page>"): the priced thing is theirs to sell, whatever the words of the sale.
        // So can one's own work, as the promotion detector reads it ("my recordings", "my patterns"), put at a price
        // in the sentence that names it as one's own ("by the way, my recordings cover this one, £5 each: <page>"):
        // the price makes the work a thing sold, not only shown. Not a price beside "my" where the detector finds no
        // work of one's own ("my favourite is the blue one, £12 at: <shop>"), a recommendation.
        boolean ownPricedPlug = answer && !promo.salesPitch() && !pitch && pricedOwnPage(m)
                && (ProviderClaim.in(m.text()) || promo.selfPromotion() && Pitch.ownSaleNamed(m.text()));
        boolean offered = pitch || ownPricedPlug || MessageLinks.promotedBefore(s, ownLinks)
                || MessageLinks.ownSitePromotedBefore(s, ownLinks)
                || MessageLinks.offeredElsewhere(s, ownLinks, m.channel(), m.time().minus(CROSS_POST));
        // So is a sale the answer names as the writer's own in the sentence that makes it ("our evening tours are 15%
        // off this month: …", "my prints are £20 till Sunday: …"): one's own thing at a price or a discount, riding on
        // the help, where the same price passed on for a shop ("the market stall has them 15% off: …") claims nothing.
        boolean ownSaleNamed = promo.salesPitch() && Pitch.ownSaleNamed(m.text());
        // A link to one's own thing given to someone who asked one about that very thing by name ("which episode was
        // it where you covered the trade window?" answered with the episode and its link) is the place to find what
        // they asked about: the answer they wanted, not the thing pushed again, however often it was pushed before.
        // Only a question put to the writer, whose words name the link (a word of its host or path), and an answer
        // that sells nothing and asks nothing of them: one that also states terms they did not ask about (a price, a
        // share off: "done on Monday. and the members' 20% runs till Friday: <link>") goes past the answer, and its
        // link carries the offer.
        boolean askedAboutIt = answer && !promo.salesPitch() && !promo.engagementAsk() && !pitch && !ownSaleNamed
                && linkNamedInTheirQuestion(m, ownLinks) && !Pitch.namesTerms(m.text());
        boolean plugged = answer && !theirs && !m.links().isEmpty() && (promo.selfPromotion() || offered
                || ownSaleNamed)
                && (promo.engagementAsk() || (promo.salesPitch() || offered)
                && !community.askedForAnOffer(m, addressees))
                && !askedAboutIt;
        if (plugged && ownPricedPlug && !promo.promotional()) {
            promo = promo.pricedPlug();
        }
        boolean help = answer && !plugged;
        // A plain listing (the thing, its price, its page) posted to the room made for listings by its topic is where
        // the offer belongs: its link is no post toward a repeat over the week, only, kept as an offer, one of the rooms
        // of a cross-post within the day. Not one pushed there with a code, a call to DM or an ask: promotion counts
        // wherever it is posted. Nor the offer brought there within a day of pushing it elsewhere (its link promoted in
        // a chat room the evening before): the next post of one run of pushes, in one more room. A listing days after is
        // the offer put back where it belongs.
        // A link with no words of its own (a bare page, no thing named, no price) says nothing of what is offered: no
        // listing, but a link dropped into the room like anywhere else.
        boolean bareLink = MessageLinks.startsWithLink(m.text()) && text.words() <= 3 && !Pitch.pricedOrCoded(m.text());
        boolean listed = purposes.of(m.channelInfo()).listingsTopic() && !purposes.of(m.channelInfo()).trade()
                && addressees.isEmpty() && !promo.promotional() && !promo.engagementAsk() && !pitch && !bareLink
                && !MessageLinks.promotedSince(s, ownLinks, m.time().minus(CROSS_POST));
        // An events board known by its topic (the room lists open days, shows or meets by date, time and entry) is for
        // events: one's price list with its page posted there is no event but one's stock for sale, so its link counts
        // as a link anywhere does (a drive-by where one never spoke), though the board welcomes news and calls to join.
        boolean saleOnEventsBoard = noticeBoard && purposes.of(m.channelInfo()).eventsBoardByTopic()
                && Pitch.priceListWithLink(m.text(), m.links());
        boolean exempt = help || promoWelcome && !saleOnEventsBoard || introduction || theirs || welcoming || showing
                || curated || critique || call || listed;
        // One's own thing posted to the room in a channel made for posting one's own (#sends, "post your games here")
        // carries its link by design, like a post that echoes its channel. Not a sale, a pitch or an ask to follow.
        // Not one's price list with its page ("the spring stock list with prices: <page>"): the page is one's stock at
        // its prices, a sale, where such a room is for showing or telling one's own things, not for selling them.
        boolean ownThing = addressees.isEmpty() && purposes.of(m.channelInfo()).ownPosts() && !promo.promotional()
                && !promo.engagementAsk() && !pitch && !Pitch.priceListWithLink(m.text(), m.links());
        // So is a post to the room carrying the kind of link the room's topic names as what its posts carry ("road,
        // time, detour map link"; "upcoming gigs and ticket links"): a closure with its map, a gig with its tickets,
        // whoever's page it is. Not one's own offer, sale or ask brought there (a shop's restock link it
        // promoted before is the same offer in one more room), and its link is still logged: the same link pushed
        // from there into other rooms is still a repeat.
        boolean linksAsked = addressees.isEmpty() && purposes.of(m.channelInfo()).linksAsked() && !promo.promotional()
                && !promo.engagementAsk() && !pitch && !offered;
        // So is the next post of a figure's update to the one room it is told in, a post a day at most ("0.4 m today,
        // falling <the gauge>", "3 places left <the sheet>"): the news is the figure, its link the source each time,
        // told as a service to the room rather than a link habit (links.repeat reads it so too). Not the first post of
        // the series, not a link one promoted, claimed or took to other rooms, and nothing sold or asked.
        boolean figureSeries = addressees.isEmpty() && m.kind() != ChannelKind.DIRECT && !promo.promotional()
                && !promo.engagementAsk() && !pitch && !offered && figureSeries(s, m, ownLinks)
                && (FigureUpdate.is(m.text()) || FigureUpdate.marketPricesIn(m.channelInfo(), m.text()))
                && !CommunityCause.claimsOwn(m.text());
        boolean fitting = onPurpose || ownThing || linksAsked || figureSeries;
        List<Link> counted = exempt || fitting ? List.of() : MessageLinks.shared(m.links(), hostsAreTopics);
        // The link of a post that only echoes its channel is not counted for it, but kept: the same link pushed from
        // there into other channels within the hour is a cross-post, and a run of them a burst. So is the link of one's
        // work shown in a channel named for showing it (#showcase, #self-promo): welcome there, but the same link
        // pushed into the other rooms too is scattered, the showcase post one of its posts. Not one in a channel for
        // trade (#for-sale, #commissions): an offer posted there is in the one channel where it fits best, which is
        // what the repeat's tip asks. (A channel an operator configured for promotion stays outside the link rules.)
        boolean exemptElsewhere = help || introduction || theirs || welcoming || showing || curated || critique || call;
        boolean showcase = purposes.of(m.channelInfo()).promotion() && !purposes.of(m.channelInfo()).trade()
                && !noticeBoard && !community.promotionWelcomeIn(m.channel(), m.parent());
        List<Link> logged = fitting && !exempt || showcase && !exemptElsewhere
                ? MessageLinks.shared(m.links(), hostsAreTopics) : counted;
        // A post that fits where it is (a post that echoes its room's subject, an offer in the trade channel) is where
        // the link belongs, unless the same link already went to two other rooms: then it is the third room of a
        // scatter, and the repeat's tip, keep it in the one place where it fits, is about exactly that. A fitting
        // post's link is kept in the week's log anyway, so over the week; an offer in the trade channel is not, so
        // only as the last of a cross-post (three rooms within hours). An offer listed there first and mentioned in
        // two other rooms over the next days stays in the one place where it fits best.
        // (The room's own posts still count as fitting for everything else: the promotion, the room's conventions.)
        // So is a post in a channel made for calls: its updates there are the call kept moving, but the same link taken
        // to two other rooms over the week first makes three posts of it in three rooms, which is what a repeat is.
        // So is a post on the notice board (#events, #announcements): the board is where news fits, but the same link
        // already dropped into two other rooms within the day makes the board's post the third of a cross-post.
        // So is one's work shown in a showcase, whose link is logged as a fitting post's is: the same link taken to two
        // other rooms over the week before makes the showcase's post its third room.
        // So is an introduction carrying a link that already went to two other rooms within the day: the hello is
        // welcome, but the same page dropped into three rooms in a few hours is a cross-post, whichever room came last.
        boolean scatterable = (exempt || fitting)
                && !(help || theirs || welcoming || showing || curated || critique)
                && !community.promotionWelcomeIn(m.channel(), m.parent());
        List<Link> scattered = scatterable
                ? MessageLinks.scatteredElsewhere(s, MessageLinks.shared(m.links(), hostsAreTopics), m.channel(),
                SCATTER_ROOMS_BEFORE, fitting && !exempt || call || showcase && !exemptElsewhere
                        ? m.time().minus(Duration.ofDays(7))
                        : m.time().minus(CROSS_POST), m.time().minus(CROSS_POST)) : List.of();
        if (!scattered.isEmpty() && logged.isEmpty()) {
            logged = scattered;
        }
        PromoVerdict judged = judgedWithLinksBefore(s, m, promo, counted);
        // A reminder someone asked for under one's post ("payday's Thursday, nudge me then?"), given in that room as the
        // first post of its link after the ask, is the favour done for them, not one more push of the offer: no
        // occasion of promotion, as it is no post toward a repeat (links.repeat). Not one that pitches at someone, or
        // asks a favour of its own, or sells with words of its own beyond the offer brought back.
        if (judged.promotional() && !promo.salesPitch() && !judged.engagementAsk() && !pitch
                && m.kind() != ChannelKind.DIRECT && reminderAskedFor(s, m, ownLinks)) {
            judged = PromoVerdict.NONE;
        }
        boolean linkFirst = MessageLinks.anyShared(m.links()) && MessageLinks.startsWithLink(m.text());
        boolean linkOnly = linkFirst && text.words() <= 3;
        boolean broadcast = addressees.isEmpty();
        // The business's team offering its goods in its own server is welcome there, in any of its channels. Not a
        // pitch in so many words (a price with "DM me", a call to book) put in reply under a member's post that asked
        // nothing, a hello or a piece of news: the member came in and said who they are, and being sold to at once is
        // what they did not ask for, in the shop's own room as anywhere. Answering what a member asked is the service.
        boolean welcome = promoWelcome || OwnBusiness.teamPost(community, m)
                && !(cues.pitch() && underOthers && underUnaskedPost(m, community));
        MessageFacts facts = new MessageFacts(text, judged, addressees, help, scattered.isEmpty() ? counted : scattered,
                linkFirst, linkOnly, broadcast,
                welcome, introduction, pitch, theirs || cause, answer, underAQuestion(m, community));
        boolean promotion = facts.countedPromotion();
        // A price and a page with no word claiming them are promotion when pushed into talk rooms, but say less of who
        // sells: a deal passed on at the shop's price looks the same. Alone they do not make the person the community's
        // seller, whose askers are customers (audience.advocates keeps its own reading of a listing's terms).
        // Not in a room made for the members' own posts or for promotion ("post your new release here"): nobody
        // passes on someone else's deal where the room asks for one's own news, so there the offer is the poster's.
        boolean offeredOnly = judged.reasons().contains(PromoVerdict.PRICED_OFFER_TO_ROOM) && !pitch
                && !purposes.of(m.channelInfo()).promotion() && !purposes.of(m.channelInfo()).ownPosts();
        boolean sold = promotion && !offeredOnly || welcome && !noticeBoard && (promo.promotional() || pitch);
        // A post to the room in a channel for one's own logs, progress or wins (#brew-log, #wins): what the channel
        // is for, like a notice on the notice board.
        // So is one where most of the other regulars post to the room, whatever it is called: a post to the room
        // that asks nothing follows its convention (a question to the room is judged as anywhere).
        // A post echoing the channel's words is one of its posts where those words name posts of a kind (#sprint-recaps),
        // not where they name the subject talked about (#the-cave): its links are still on topic there, its turns not.
        // So is an entry in a listing kept for the members (#release-calendar, "posted by mods"): the listing kept.
        // And reading passed on to the room with its link in a channel made for it (#reading, "articles worth reading"):
        // the room's own kind of post, whatever its words. So is a post with the kind of link the room's topic asks for.
        // So is how one's day or night went, told in a room made for pouring out the bad ones (#vent, "rough shift? let
        // it out", "for the bad days"): the room is for saying it to nobody in particular, and its people answer if
        // they can. Only such a post: no question (judged as anywhere), no link, nothing sold.
        boolean troubleTold = purposes.of(m.channelInfo()).troubles() && !text.question() && m.links().isEmpty()
                && !promotion && !pitch && !promo.promotional();
        // So are updates one promised the room ("updates to follow here") or was asked there to post ("could you keep
        // a journal of the build for us?"), in the days after: said to those waiting for them or who asked, not to
        // nobody. Only such a post: no question, link or sale.
        if (broadcast && m.kind() != ChannelKind.DIRECT && PostsPromised.promised(m.text())) {
            s.postsPromised(m.channel(), m.time());
        }
        boolean promisedPost = broadcast && m.kind() != ChannelKind.DIRECT && !text.question() && m.links().isEmpty()
                && !promotion && !pitch && !promo.promotional() && s.postsPromisedIn(m.channel(), m.time());
        boolean ownPost = broadcast && (purposes.of(m.channelInfo()).ownPosts() || purposes.of(m.channelInfo()).listing()
                || troubleTold || promisedPost || curated && !m.links().isEmpty() || linksAsked
                || onPurpose && purposes.of(m.channelInfo()).echo().namesPosts()
                || norm.postsToRoom() && !text.question());
        // An offer of one's own at a price with its page, to the room, that is not promotion here (a listing in the
        // room for listings, a sale where the room sells): kept apart, so that the same link taken from it into other
        // rooms is known as the same offer, and its room as one of the rooms a scatter went to.
        // A priced listing in the room made for listings is the poster's own offer, with or without "my": nobody posts
        // a price and a marketplace page there but to sell the thing. Its page is the offer's, like a shop's, so the same
        // listing then dropped into the chat rooms is known as the offer again.
        // A priced listing there stays the poster's offer when it names the place by a possessive ("a desk at Wren's"):
        // a business named as a place, not someone else's work passed on.
        // So is a price list posted there with its page ("new price list: …"): the prices are on the page, and the list
        // is the seller's stock at those prices, so the same page then taken into the talk rooms is the offer again.
        // So is a catalogue or stock list posted there with its page ("winter catalogue is up: …"): in the room where
        // things are listed for sale, a seller's catalogue is their stock at its page's prices.
        boolean listing = salesRoom && (Pitch.pricedWithLink(m.text(), m.links())
                || Pitch.stockListWithLink(m.text(), m.links()));
        List<Link> offers = !promotion && !answer && !hiring && (!theirs || listing) && !cause && addressees.isEmpty()
                && m.kind() != ChannelKind.DIRECT && (promo.salesPitch() || pitch || pricedPage(m) || listing)
                ? offeredPages(MessageLinks.shared(m.links(), false),
                CommunityCause.claimsOwn(m.text()) || promo.salesPitch() || pitch || salesRoom) : List.of();
        return new OwnReading(facts, counted, logged, promotion, sold, sells, noticeBoard, introduction, seekingHelp,
                helpConversation, theirs, ownPost, offers);
    }

    /**
     * Whether every link of the message was posted before in this room in the last week, in no other room, the latest
     * of those posts at least {@link #UPDATE_SPACING} ago: the next post of a series of updates with their source.
     */
    private static boolean figureSeries(UserState s, ChatMessage m, List<Link> links) {
        if (links.isEmpty()) {
            return false;
        }
        for (Link link : links) {
            Instant latest = null;
            for (LinkPost p : s.postsOf(link.fingerprint())) {
                if (p.message().equals(m.id())) {
                    continue;
                }
                if (!p.channel().equals(m.channel())) {
                    return false;
                }
                latest = latest == null || p.time().isAfter(latest) ? p.time() : latest;
            }
            if (latest == null || latest.isAfter(m.time().minus(UPDATE_SPACING))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the message brings back, to the room where it was posted, a link of one's own under whose earlier post
     * someone asked to be reminded ({@code text/ReminderAsked}), and is the first post of that link
     * there since the ask: the reminder they asked for.
     */
    private static boolean reminderAskedFor(UserState s, ChatMessage m, List<Link> links) {
        for (Link link : links) {
            List<LinkPost> posts = s.postsOf(link.fingerprint());
            for (LinkPost under : posts) {
                if (under.message().equals(m.id()) || !under.channel().equals(m.channel())) {
                    continue;
                }
                Optional<Instant> asked = s.reminderAskedUnder(under.message());
                if (asked.isEmpty() || asked.get().isAfter(m.time())) {
                    continue;
                }
                boolean givenBefore = false;
                for (LinkPost p : posts) {
                    givenBefore |= !p.message().equals(m.id()) && p.channel().equals(m.channel())
                            && p.time().isAfter(asked.get()) && p.time().isBefore(m.time());
                }
                if (!givenBefore) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the message echoes its channel's own words ({@link ChannelEcho}) and is not what stays itself in any
     * channel: a sale, a pitch (worded so, or one's own work pushed at someone with an invitation to get in touch), an
     * ask to follow or subscribe, or a link posted within minutes of one's last word in the same channel. The echo
     * licenses a post, not a run: the links of a run are counted as anywhere, so many within minutes are still a burst.
     */
    private boolean onPurpose(UserState s, ChatMessage m, List<UserId> addressees, PromoVerdict promo, Cues cues) {
        if (m.kind() == ChannelKind.DIRECT || promo.salesPitch() || cues.pitch() || promo.engagementAsk()) {
            return false;
        }
        // A word to someone that neither promotes nor links has nothing the echo would excuse.
        if (!addressees.isEmpty() && !promo.promotional() && m.links().isEmpty()) {
            return false;
        }
        ChannelEcho echo = purposes.of(m.channelInfo()).echo();
        if (!echo.licenses() || !echo.echoedBy(m.text())) {
            return false;
        }
        // Nor another page of a site of one's own whose link one promoted in the last days, brought at a price ("a few
        // left, £35 each: <the same shop's other page>"): the seller's push gone into one more room, the room's
        // subject no licence for the sale. (Asked only of a priced page of one's own, so rarely.)
        if (pricedOwnPage(m) && MessageLinks.ownSitePromotedBefore(s, MessageLinks.shared(m.links(), false))) {
            return false;
        }
        if (promo.selfPromotion() && !m.addressees().isEmpty() && Pitch.invitesContact(m.text())) {
            return false;
        }
        if (m.links().isEmpty()) {
            return true;
        }
        // The channel's words license a post made for it, not an offer brought back: a link the person promoted in the
        // last days, posted again under a tip or a topic of the room ("pro tip: my pack has it all → …"), is the same
        // push into one more room, whatever the room is for.
        if (MessageLinks.promotedBefore(s, MessageLinks.shared(m.links(), false))) {
            return false;
        }
        Optional<Instant> before = s.lastSpokeIn(m.channel());
        return before.isEmpty() || !before.get().isAfter(m.time().minus(RUN));
    }

    /**
     * Whether the message is an update posted to the room in a channel whose topic gives it to the community's own
     * cause or event (the appeal's running total, the meet's last spots with its sign-up). The room says whose cause it
     * is, so the update need not name it again; amounts there are what was raised or what entry costs, not a sale.
     * Not in a DM or at someone, not a pitch, and nothing claimed as the writer's own ("my program, book here").
     */
    private boolean causeRoomUpdate(ChatMessage m, List<UserId> addressees, Cues cues, PromoVerdict promo) {
        // A room whose topic names the members' contests ("matches and competitions") is given to them as well, for
        // what sells nothing: the next match's sign-up and its reminders, not a code or a price brought there.
        return m.kind() != ChannelKind.DIRECT && addressees.isEmpty() && !cues.pitch()
                && (purposes.of(m.channelInfo()).causeRoom() || purposes.of(m.channelInfo()).contestsRoom()
                && !promo.salesPitch() && !promo.engagementAsk())
                && !CommunityCause.claimsOwn(m.text());
    }

    /** The detector's verdict on the message's words, less what is no promotion in a conversation. */
    private PromoVerdict promotionIn(ChatMessage m, Cues cues) {
        PromoVerdict analysed = promoDetector.analyse(m.text());
        // News about oneself with no ask and no link ("my new shop page went live") is not promotion in a conversation,
        // and neither is a bare link: it claims nothing as one's own (passing on others' articles looks the same).
        // Nor is a product on a big marketplace dropped with no word claiming it ("monitor deal → the listing"): a deal
        // or a find passed on, someone else's goods in someone else's shop; the link rules weigh the habit.
        PromoVerdict read = analysed.newsOnly() && m.links().isEmpty() || analysed.bareLinkOnly()
                || analysed.linkDropOnly() && allMarketplaceListings(m.links()) ? PromoVerdict.NONE : analysed;
        // A favour asked of someone for one's own stuff ("could you follow the show on spotify and rate it?") is an
        // ask for attention, worded as a question or not. So is the same favour put to everyone in a room at once ("if
        // anyone here could follow my page...", "could you all upvote my entry?"): a request with no offer and nothing
        // for sale, which the ask tip speaks for, not the promotion tip.
        // FavourAsk.is asked once: said to someone or put to the room, the favour is the same reading.
        if (!read.engagementAsk() && cues.favourAsk() && (m.kind() == ChannelKind.DIRECT
                || !m.addressees().isEmpty() || FavourAsk.namesTheRoom(m.text()))) {
            return read.favourAsked();
        }
        return read;
    }

    /**
     * The message replies, in a room, to a post that asked nothing: no question, request or problem put there lately
     * (someone's thanks to the seller they chose, their news). In a channel for trade an offer under someone's request
     * is what the channel is for; under a post that asked nothing it rides on their words, as one's own thing under
     * someone's piece in a showcase does: the buyer who thanks another seller has not opened the door to offers.
     */
    private static boolean underUnaskedPost(ChatMessage m, CommunityState community) {
        return m.kind() != ChannelKind.DIRECT && m.replyTo().isPresent()
                && !community.isRecentQuestion(m.replyTo().get());
    }

    /**
     * The message replies, in a room, to a question or a problem someone else put there lately: what it says beside any
     * offer of its own may answer them.
     */
    private static boolean underAQuestion(ChatMessage m, CommunityState community) {
        return m.kind() != ChannelKind.DIRECT && m.replyTo().isPresent()
                && m.replyToAuthor().filter(a -> !a.equals(m.author())).isPresent()
                && community.isRecentQuestion(m.replyTo().get());
    }

    /**
     * A price and a link to a page of a site that can be one's own (not a marketplace listing, a shared platform, a
     * form or sheet, a picture), posted to the room, not as an answer or a question, in a room not made for selling.
     * A question with a price asks about it; a sign-up sheet's fee or a picture's host sells nothing of one's own.
     * In a channel for passing on deals a priced shop page that no word claims is the deal passed on, what the
     * channel is for (as the link rules read it), not one's own sale.
     */
    private boolean pricedOfferToRoom(ChatMessage m, List<UserId> addressees, boolean answer, TextFeatures text) {
        if (m.kind() == ChannelKind.DIRECT || !addressees.isEmpty() || answer || text.question() || m.links().isEmpty()
                || purposes.of(m.channelInfo()).trade() || purposes.of(m.channelInfo()).promotion()
                || purposes.of(m.channelInfo()).deals()) {
            return false;
        }
        boolean ownPage = false;
        for (Link link : m.links()) {
            ownPage |= OwnSites.mayBeOnesOwn(link) && !Pictures.is(link);
        }
        // The group's own event sold to its members ("club dinner, £35 a head: <page>") is the group's, not the
        // writer's: the price is what the evening costs, and whoever posts it sells nothing of their own.
        // Nor the going prices of a market told in the room kept for prices ("auction prices"): several goods each at the
        // day's price, with the page they are read from, claiming and offering nothing: a reading, like a gauge's.
        return ownPage && Pitch.pricedWithLink(m.text(), m.links()) && !purposes.of(m.channelInfo()).sellingTopic()
                && !purposes.of(m.channelInfo()).listingsTopic()
                && !CommunityCause.groupEvent(m.text()) && !FigureUpdate.marketPricesIn(m.channelInfo(), m.text())
                && !eventListed(m)
                // Nor a scheme passed on with what it pays out ("the trust's small awards are open, up to £5k
                // each, deadline in spring: <its page>"): a sum given only as a ceiling is money the reader may apply
                // for, not a price.
                && !SumUpTo.only(m.text());
    }

    /**
     * An occasion listed in the room for the community's events ({@link ChannelPurpose#eventsRoom}: "#events", a topic
     * of "events listings"), claimed as nobody's ("ceilidh on Saturday, £5 on the door, in aid of the lifeboat: <its
     * page>"): the entry price and the page are what a listing gives, as in a paper's what's-on column, not a sale
     * pushed at the room. Claimed as one's own ("my workshop, £40, book here") it is judged as anywhere. Asked only of
     * a priced page.
     */
    private static boolean eventListed(ChatMessage m) {
        return ChannelPurpose.eventsRoom(m.channelInfo()) && CommunityCause.namesOccasion(m.text())
                && !CommunityCause.claimsOwn(m.text());
    }

    /**
     * Those of {@code links} that are where the offer is had: pages of one's own (not pictures or shared platforms),
     * and, when the message claims the offer ({@code claimed}: "my", or worded as a sale), its page on a big
     * marketplace. Someone selling their own thing often lists it there; the listing is theirs as much as a shop page
     * would be, and the same listing then put into other rooms is the same offer again. Unclaimed, a marketplace page
     * at a price is as likely a deal passed on.
     */
    private static List<Link> offeredPages(List<Link> links, boolean claimed) {
        List<Link> out = List.of();
        for (Link link : links) {
            if ((OwnSites.mayBeOnesOwn(link) || claimed && OwnSites.onMarketplace(link)) && !Pictures.is(link)) {
                if (out.isEmpty()) {
                    out = new java.util.ArrayList<>(1);
                }
                out.add(link);
            }
        }
        return out;
    }

    /**
     * A price offered (not one paid) with a link to a page that can be the writer's own (not a marketplace, a shared
     * platform, a form or a picture): where one's own priced thing is had.
     */
    private static boolean pricedOwnPage(ChatMessage m) {
        if (m.links().isEmpty() || !Pitch.pricedWithLink(m.text(), m.links()) || Pitch.pastPrice(m.text())) {
            return false;
        }
        for (Link link : m.links()) {
            if (OwnSites.mayBeOnesOwn(link) && !Pictures.is(link)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A price with a page: an offer to the room, unless it is a market's going prices told in the room kept for them,
     * which offer nothing, whatever their page.
     */
    private static boolean pricedPage(ChatMessage m) {
        return Pitch.pricedWithLink(m.text(), m.links()) && !FigureUpdate.marketPricesIn(m.channelInfo(), m.text());
    }

    private static boolean allSignUpForms(List<Link> links) {
        for (Link link : links) {
            if (!SignUpForms.is(link)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allMarketplaceListings(List<Link> links) {
        if (links.isEmpty()) {
            return false;
        }
        for (Link link : links) {
            if (!OwnSites.marketplaceListing(link)) {
                return false;
            }
        }
        return true;
    }

    /** {@code promo}, or what the person's links of the week make of a message that does not promote in words. */
    /**
     * A call to book, with the page to book it on, sent privately to people one has never exchanged a word with, and
     * answering nothing of theirs ("I help new founders with their pitch decks, grab 20 minutes here: …"): nobody books a
     * call with a stranger unasked except to hear an offer, so what is on the calendar is a sale, whatever the words
     * say of it. Between people who know each other the same link only sets up a meeting.
     */
    private static boolean privateCallToBookWithStranger(UserState s, ChatMessage m, List<UserId> addressees,
                                                         boolean answer) {
        if (m.kind() != ChannelKind.DIRECT || answer || addressees.isEmpty() || m.links().isEmpty()
                || !Pitch.callToBook(m.text(), m.links())) {
            return false;
        }
        for (UserId other : addressees) {
            if (!other.equals(m.author()) && s.firstInteractionWith(other).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A price with the page where the thing is had, sent privately to people one has never exchanged a word with, and
     * answering nothing of theirs ("saw your intro! I've one left from this year's batch, £90, photos: …"): the inbox
     * of a stranger is no shop window, and the priced thing put there is a sale offered to them, whatever the words.
     * A price one paid ("I paid £90 for mine, here's the shop: …") offers nothing.
     */
    private static boolean privatePricedOfferToStranger(UserState s, ChatMessage m, List<UserId> addressees,
                                                        boolean answer) {
        if (m.kind() != ChannelKind.DIRECT || answer || addressees.isEmpty()
                || !Pitch.pricedWithLink(m.text(), m.links()) || Pitch.pastPrice(m.text())) {
            return false;
        }
        for (UserId other : addressees) {
            if (!other.equals(m.author()) && s.firstInteractionWith(other).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static PromoVerdict judgedWithLinksBefore(UserState s, ChatMessage m, PromoVerdict promo,
                                                      List<Link> counted) {
        // A link one promoted, posted again to the room, is the same offer again ("still 15% off → the shop"), with or
        // without the words of the first post.
        // So is another page of a shop or site of one's own whose link one promoted in the last days, brought with a
        // price or a code ("members' code works on this one too → the shop's other page"): the site is the person's,
        // and the price or code makes the page an offer. Without one ("2 spots left → the workshop page") it is a
        // reminder where the room may welcome it, judged by its own words.
        // So is a link offered at a price in another room in the last day but not as promotion there (a listing in the
        // room for listings, "reserve yours here → the listing" in the chat a few hours later).
        PromoVerdict judged = !promo.promotional() && !counted.isEmpty() && (MessageLinks.promotedBefore(s, counted)
                || MessageLinks.offeredElsewhere(s, counted, m.channel(), m.time().minus(CROSS_POST))
                || MessageLinks.ownSitePromotedBefore(s, counted) && Pitch.pricedOrCoded(m.text()))
                ? promo.sameOfferAgain() : promo;
        // A release announced by its bare kind ("Episode 42 is out: ...") whose link goes where the person's other
        // links of the week went is the next of their own series, unasked: their own work pushed. The same link
        // again is the repeat's to tell (links.repeat), not a series.
        // (The log is asked first: few people link to one site twice in a week, and it allocates nothing.)
        if (!judged.promotional() && !counted.isEmpty() && MessageLinks.seriesBefore(s, counted) && ReleaseNews.is(m.text())) {
            judged = promo.ownRelease();
        }
        return judged;
    }

    /**
     * Whether the person speaks in their own introduction thread: a message to nobody in particular, or a reply to
     * their own message or to one addressed to them (a welcome). A reply to someone else's introduction is not theirs.
     */
    private boolean introducesThemselves(ChatMessage m) {
        if (m.replyTo().isEmpty()) {
            return m.mentions().isEmpty();
        }
        SeenMessages.Seen replied = seen.get(m.replyTo().get());
        return replied != null && (replied.author().equals(m.author()) || replied.enrolledAddressees().contains(m.author()));
    }

    /**
     * Whether {@code m} replies to someone else's message put to its author (a reply to them or a mention of them)
     * whose words name one of {@code links} ({@link MessageLinks#namedIn}). Only while the words of the message replied
     * to are kept: a coached person's, within the week, and not over a restart.
     */
    private boolean linkNamedInTheirQuestion(ChatMessage m, List<Link> links) {
        if (links.isEmpty() || m.replyTo().isEmpty()) {
            return false;
        }
        SeenMessages.Seen replied = seen.get(m.replyTo().get());
        return replied != null && !replied.author().equals(m.author())
                && replied.enrolledAddressees().contains(m.author()) && MessageLinks.namedIn(links, replied.words());
    }

    private static boolean promotionOrPitch(PromoVerdict promo, boolean pitch) {
        return promo.promotional() || promo.engagementAsk() || pitch;
    }
}
