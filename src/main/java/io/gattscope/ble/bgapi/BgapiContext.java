package io.gattscope.ble.bgapi;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the connections of one backend share.
 *
 * @param channel the one command channel to the dongle
 * @param timer schedules timeouts
 * @param completions completes API futures off the I/O thread, in order
 * @param userCalls runs pairing questions that may wait on a person
 * @param laneCapacity queued callbacks per connection before drops are counted
 * @param commandTimeout how long one command waits for its response
 */
record BgapiContext(
    CommandChannel channel,
    ScheduledExecutorService timer,
    Executor completions,
    Executor userCalls,
    int laneCapacity,
    Duration commandTimeout) {}
