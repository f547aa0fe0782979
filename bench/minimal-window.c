/* minimal-window.c: the reference for the start-up benchmark in
 * bench/run.sh: the least a libadwaita application can show, an empty
 * AdwApplicationWindow with a header bar. With NETVAERK_BENCH_EXIT set
 * (first-frame or content: the same here) it prints the seconds from
 * the start of the process to its first drawn frame and exits, exactly
 * as Netværk does (src/gui/nv-bench.c).
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double
seconds_of (clockid_t clock)
{
  struct timespec now;

  clock_gettime (clock, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static double
process_start_since_boot (void)
{
  g_autofree char *stat = NULL;
  const char *p;
  unsigned long long start_ticks = 0;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL)
    return -1;

  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL || sscanf (p + 1, "%llu", &start_ticks) != 1)
    return -1;

  return (double) start_ticks / sysconf (_SC_CLK_TCK);
}

static double
elapsed (void)
{
  const char *start = g_getenv ("NETVAERK_BENCH_START");

  if (start != NULL)
    return seconds_of (CLOCK_MONOTONIC) - g_ascii_strtod (start, NULL) / 1e9;

  return seconds_of (CLOCK_BOOTTIME) - process_start_since_boot ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  const char *mode = g_getenv ("NETVAERK_BENCH_EXIT");

  printf ("%s %.3f\n", g_str_equal (mode, "content") ? "content" : "first-frame", elapsed ());
  fflush (stdout);
  _exit (0);
}

static void
on_realize_cb (GtkWidget *widget,
               gpointer   user_data)
{
  if (g_getenv ("NETVAERK_BENCH_EXIT") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (on_after_paint_cb), NULL);
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Netværk");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("com.example.NetvaerkMinimalWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
