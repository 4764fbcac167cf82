/**
 * Reading packet captures: pcap and pcapng files (including pcapng Decryption Secrets Blocks),
 * the link layers SIP engineers meet (Ethernet, Linux cooked SLL/SLL2, raw IP, BSD loopback),
 * IPv4/IPv6 with fragment reassembly, UDP flows and TCP connections reassembled into ordered
 * byte streams that remember the frame of every byte. A damaged file is read as far as it can be
 * and the damage is reported as a {@code capture-damaged} finding.
 */
package org.siptrust.capture;
