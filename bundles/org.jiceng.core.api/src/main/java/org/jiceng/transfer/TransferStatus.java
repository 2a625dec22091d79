package org.jiceng.transfer;

/** issued → received → completed; or expired (letter not received in time) / returned (refused by the receiver). */
public enum TransferStatus {
    ISSUED, RECEIVED, COMPLETED, EXPIRED, RETURNED;

    public boolean isOpen() {
        return this == ISSUED || this == RECEIVED;
    }
}
