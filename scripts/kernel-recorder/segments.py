#!/usr/bin/env python3
"""Prints a recorded capture as one line per TCP segment: ms after t0 (meta.txt), direction,
flags, seq and ack relative to each side's ISN, payload length. Standard library only.
    segments.py RECORDING_DIR        (reads capture.pcap and meta.txt there)"""
import struct
import sys


def packets(path):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    nano = struct.unpack(order + "I", data[:4])[0] == 0xA1B23C4D
    linktype = struct.unpack(order + "I", data[20:24])[0]
    off = 24
    while off + 16 <= len(data):
        sec, frac, incl, _ = struct.unpack(order + "IIII", data[off:off + 16])
        yield sec * 10**9 + (frac if nano else frac * 1000), linktype, data[off + 16:off + 16 + incl]
        off += 16 + incl


def main(d):
    meta = dict(l.rstrip("\n").split("=", 1) for l in open(d + "/meta.txt") if "=" in l)
    t0 = int(meta["t0_ns"])
    isn = {}
    for t, link, p in packets(d + "/capture.pcap"):
        ip = p[14:] if link == 1 else p[16:] if link == 113 else p[4:] if link == 0 else p
        ihl = (ip[0] & 15) * 4
        total = struct.unpack(">H", ip[2:4])[0]
        tcp = ip[ihl:]
        sport, dport, seq, ack, offf = struct.unpack(">HHIIH", tcp[:14])
        flags = offf & 0x3F
        doff = (offf >> 12) * 4
        length = total - ihl - doff
        names = [n for b, n in ((2, "SYN"), (16, "ACK"), (1, "FIN"), (4, "RST"), (8, "PSH")) if flags & b]
        if flags & 2:
            isn.setdefault(sport, seq)
        side = "client" if sport == 50000 else "server"
        rs = (seq - isn.get(sport, seq)) % 2**32
        ra = (ack - isn.get(dport, ack)) % 2**32 if flags & 16 else 0
        print(f"{(t - t0) / 1e6:10.3f} {side:6} {','.join(names):12} seq {rs:<6} ack {ra:<6} len {length}")


if __name__ == "__main__":
    main(sys.argv[1])
