package org.jiceng.orglife;

import java.time.LocalDate;
import java.util.List;

/** What is recorded when a planned activity has been held (纪实): date, minutes, the roll. */
public class ActivityRecord {
    private LocalDate heldDate;
    private String minutes;
    private List<Attendance> attendance;
    /** The version of the activity as read; a stale version is refused. */
    private Long version;

    public LocalDate getHeldDate() {
        return heldDate;
    }

    public void setHeldDate(LocalDate heldDate) {
        this.heldDate = heldDate;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public void setAttendance(List<Attendance> attendance) {
        this.attendance = attendance;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
