package dev.rapport.bot.discord.coach;

import dev.rapport.rules.model.UserId;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Sends a person's data export as a JSON file by DM; with DMs closed, attaches it to the ephemeral reply instead. */
final class ExportDelivery {
    static final String FILE_NAME = "rapport-export.json";

    private ExportDelivery() {
    }

    static CompletableFuture<MessageEditData> send(JDA jda, UserId user, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return jda.openPrivateChannelById(user.value())
                .flatMap(dm -> dm.sendMessage("Everything I keep about you:")
                        .addFiles(FileUpload.fromData(bytes, FILE_NAME)))
                .submit()
                .handle((sent, error) -> {
                    if (error == null) {
                        return CoachCommand.text("I sent your data to you by DM (" + FILE_NAME + ").");
                    }
                    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                    if (cause instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                        return new MessageEditBuilder()
                                .setContent("Your DMs are closed, so here it is (only you can see this):")
                                .setFiles(FileUpload.fromData(bytes, FILE_NAME))
                                .build();
                    }
                    throw new CompletionException(cause);
                });
    }
}
