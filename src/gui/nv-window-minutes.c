/* nv-window-minutes.c: the window's actions for recording a meeting:
 * minutes mode, attendance, action items, approving and unlocking
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nv-gui-util.h"
#include "nv-minutes-window.h"
#include "nv-referat.h"
#include "nv-util.h"
#include "nv-window-private.h"

static NvMeeting *
shown_meeting (NvWindow *self)
{
  return NV_IS_MEETING (self->shown_item) ? NV_MEETING (self->shown_item) : NULL;
}

/* Minutes mode of the meeting shown: one window per meeting, raised
 * again when asked twice */
static void
minutes_mode_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvMeeting *meeting = shown_meeting (self);
  GListModel *toplevels = gtk_window_get_toplevels ();
  NvMinutesWindow *window = NULL;

  if (meeting == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && window == NULL; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (NV_IS_MINUTES_WINDOW (toplevel) &&
          nv_minutes_window_get_meeting (NV_MINUTES_WINDOW (toplevel)) == meeting)
        window = NV_MINUTES_WINDOW (toplevel);
    }

  if (window == NULL)
    {
      window = nv_minutes_window_new (self->plan, meeting);
      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
prefill_attendance_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvMeeting *meeting = shown_meeting (self);

  if (meeting != NULL)
    nv_meeting_prefill_attendance (meeting);
}

/* A new action item of the meeting shown; the parameter is the id of
 * the agenda item it is agreed under, or "" */
static void
add_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvMeeting *meeting = shown_meeting (self);
  NvRecord *item = nv_plan_lookup (self->plan, g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;

  if (nv_meeting_add_action (meeting, NV_IS_AGENDA_ITEM (item) ? NV_AGENDA_ITEM (item) : NULL, NULL, &error) == NULL)
    nv_window_show_error (self, _("The minutes are locked"), error->message);
}

static void
approve_minutes_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NvMeeting *meeting = shown_meeting (NV_WINDOW (widget));

  if (meeting != NULL && !nv_minutes_is_locked (meeting))
    nv_minutes_approve (meeting, nv_date_today ());
}

static void
unlock_minutes_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NvMeeting *meeting = shown_meeting (NV_WINDOW (widget));

  if (meeting != NULL)
    nv_minutes_ask_unlock (widget, meeting);
}

/* The minutes as plain text, to paste into an e-mail */
static void
copy_minutes_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvWindow *self = NV_WINDOW (widget);
  NvMeeting *meeting = shown_meeting (self);
  g_autofree char *text = NULL;

  if (meeting == NULL)
    return;

  text = nv_referat_to_text (self->plan, meeting);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  /* Translators: a toast */
  nv_window_add_toast (self, nv_toast_new (_("Minutes copied")));
}

void
nv_window_class_install_minutes_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.minutes-mode", NULL, minutes_mode_activated);
  gtk_widget_class_install_action (widget_class, "win.prefill-attendance", NULL, prefill_attendance_activated);
  gtk_widget_class_install_action (widget_class, "win.add-action", "s", add_action_activated);
  gtk_widget_class_install_action (widget_class, "win.approve-minutes", NULL, approve_minutes_activated);
  gtk_widget_class_install_action (widget_class, "win.unlock-minutes", NULL, unlock_minutes_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-minutes", NULL, copy_minutes_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.minutes-mode", NULL);
}
