package org.posescope.ui.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * An event broker for tests without a running workbench: delivers each event at once to the handlers subscribed
 * to its exact topic, and keeps every event so that a test can hand it to a part's {@code @UIEventTopic} method.
 */
public final class RecordingEventBroker implements IEventBroker {

    private record Subscription(String topic, EventHandler handler) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public boolean send(String topic, Object data) {
        Event event = new Event(topic, Map.of(DATA, data));
        events.add(event);
        subscriptions.stream().filter(s -> s.topic().equals(topic)).forEach(s -> s.handler().handleEvent(event));
        return true;
    }

    @Override
    public boolean post(String topic, Object data) {
        return send(topic, data);
    }

    @Override
    public boolean subscribe(String topic, EventHandler handler) {
        subscriptions.add(new Subscription(topic, handler));
        return true;
    }

    @Override
    public boolean subscribe(String topic, String filter, EventHandler handler, boolean headless) {
        return subscribe(topic, handler);
    }

    @Override
    public boolean unsubscribe(EventHandler handler) {
        return subscriptions.removeIf(s -> s.handler() == handler);
    }

    /** The data of every event posted on {@code topic} that is of {@code type}, oldest first. */
    public <T> List<T> posted(String topic, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Event event : events) {
            if (event.getTopic().equals(topic) && type.isInstance(event.getProperty(DATA))) {
                found.add(type.cast(event.getProperty(DATA)));
            }
        }
        return found;
    }

    /** The data of the newest event on {@code topic}. */
    public <T> T last(String topic, Class<T> type) {
        List<T> found = posted(topic, type);
        if (found.isEmpty()) {
            throw new AssertionError("Nothing was posted on " + topic);
        }
        return found.get(found.size() - 1);
    }
}
