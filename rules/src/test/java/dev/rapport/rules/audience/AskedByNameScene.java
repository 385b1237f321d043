package dev.rapport.rules.audience;

import dev.rapport.rules.Chat;
import dev.rapport.rules.Scene;

/** The scene the advocates tests of a client's words share, so each test states only what the client writes. */
final class AskedByNameScene {
    private AskedByNameScene() {
    }

    /** In a makers' server with no roles, someone asks Ana by name; Ana chats elsewhere all week. */
    static Chat askedByName(String words) {
        return Scene.coaching("ana").says("ana", "yard", "new hedge trimmer arrived, loud but quick")
                .says("bea", "yard", "nice! which blade length?")
                .asks("dev", "general", "ana", words)
                .stillAround("ana", "yard", "anyone know a good place to sharpen loppers?").build();
    }
}
