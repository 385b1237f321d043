package dev.rapport.rules.addressing;

import java.util.Set;

/**
 * Words so common in chat that a nick spelled like them ("the", "hi", "root", "help") cannot be taken as
 * addressing without a clear sign such as {@code nick:}. Lower case.
 */
public final class CommonWords {
    private CommonWords() {
    }

    private static final Set<String> ENGLISH_AND_CHAT = Set.of(
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "anyone", "anybody", "are",
            "as", "at", "away", "back", "bad", "be", "because", "been", "before", "best", "better", "big", "boot",
            "both", "bug", "but", "by", "bye", "can", "cd", "code", "come", "cool", "could", "crazy", "data",
            "day", "delta", "did", "do", "does", "doing", "done", "down", "each", "else", "even", "every",
            "file", "files", "find", "fine", "first", "fix", "for", "free", "from", "fun", "get", "go", "god",
            "gone", "good", "got", "great", "guest", "guy", "guys", "had", "has", "have", "he", "hello", "help",
            "her", "here", "hey", "hi", "him", "his", "home", "how", "hmm", "i", "if", "in", "into", "is", "it",
            "its", "just", "kernel", "know", "last", "let", "like", "linux", "little", "live", "lol", "long",
            "look", "lost", "love", "mac", "made", "make", "man", "many", "may", "maybe", "me", "mine", "more",
            "most", "much", "must", "my", "need", "never", "new", "news", "next", "nice", "no", "nobody",
            "none", "nope", "not", "nothing", "now", "of", "off", "ok", "okay", "old", "on", "one", "only", "or",
            "other", "our", "out", "over", "people", "please", "plz", "pls", "put", "real", "right", "root",
            "run", "same", "say", "see", "server", "she", "should", "so", "some", "someone", "something",
            "sorry", "start", "still", "such", "sudo", "sure", "system", "take", "test", "than", "thank",
            "thanks", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "think",
            "this", "those", "thx", "time", "to", "too", "try", "two", "ubuntu", "under", "up", "us", "use",
            "used", "user", "usual", "very", "want", "was", "way", "we", "well", "were", "what", "when",
            "where", "which", "while", "who", "why", "will", "windows", "wine", "with", "work", "works",
            "would", "wow", "x", "yeah", "yep", "yes", "yet", "you", "your", "yup");

    /** The default list: frequent English words, chat interjections and the commonest words of tech channels. */
    public static Set<String> englishAndChat() {
        return ENGLISH_AND_CHAT;
    }
}
