package org.diplokg.cli;
public class Main { public static void main(String[] a) {} }
