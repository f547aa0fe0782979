/* nv-gui-util.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-enums.h"
#include "nv-gui-util.h"

/* Shows a value in a read-only row; rows never interpret markup, since
 * the value is whatever the user (or a file) wrote. */
void
nv_row_set_value (AdwActionRow *row,
                  const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL ? value : _("Not set"));
}

GtkWidget *
nv_list_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

/**
 * nv_enum_label:
 *
 * Returns: the words a user reads for a stored enumeration value
 */
const char *
nv_enum_label (GType enum_type,
               int   value)
{
  static const struct {
    GType (*get_type) (void);
    int value;
    const char *label;
  } labels[] = {
    { nv_meeting_kind_get_type, NV_MEETING_KIND_REGULAR, N_("Regular meeting") },
    { nv_meeting_kind_get_type, NV_MEETING_KIND_CLOSING, N_("Closing meeting") },
    { nv_meeting_kind_get_type, NV_MEETING_KIND_EVALUATION, N_("Evaluation meeting") },
    { nv_meeting_status_get_type, NV_MEETING_STATUS_PLANNED, N_("Planned") },
    { nv_meeting_status_get_type, NV_MEETING_STATUS_CONFIRMED, N_("Confirmed") },
    { nv_meeting_status_get_type, NV_MEETING_STATUS_CANCELLED, N_("Cancelled") },
    { nv_meeting_status_get_type, NV_MEETING_STATUS_HELD, N_("Held") },
    { nv_minutes_status_get_type, NV_MINUTES_STATUS_DRAFT, N_("Draft") },
    { nv_minutes_status_get_type, NV_MINUTES_STATUS_APPROVED, N_("Approved") },
    { nv_minutes_status_get_type, NV_MINUTES_STATUS_SENT, N_("Sent") },
    { nv_reply_get_type, NV_REPLY_NONE, N_("Not invited") },
    { nv_reply_get_type, NV_REPLY_INVITED, N_("Invited") },
    { nv_reply_get_type, NV_REPLY_ACCEPTED, N_("Accepted") },
    { nv_reply_get_type, NV_REPLY_DECLINED, N_("Declined") },
    { nv_reply_get_type, NV_REPLY_NO_ANSWER, N_("No answer") },
    { nv_attendance_get_type, NV_ATTENDANCE_UNKNOWN, N_("Not recorded") },
    { nv_attendance_get_type, NV_ATTENDANCE_PRESENT, N_("Present") },
    { nv_attendance_get_type, NV_ATTENDANCE_REGRETS, N_("Sent regrets") },
    { nv_attendance_get_type, NV_ATTENDANCE_ABSENT, N_("Absent") },
    { nv_item_kind_get_type, NV_ITEM_KIND_ITEM, N_("Item") },
    { nv_item_kind_get_type, NV_ITEM_KIND_PAUSE, N_("Pause") },
    { nv_lead_get_type, NV_LEAD_NONE, N_("Nobody in particular") },
    { nv_lead_get_type, NV_LEAD_CHAIR, N_("The chair") },
    { nv_lead_get_type, NV_LEAD_EVERYONE, N_("Everyone") },
    { nv_lead_get_type, NV_LEAD_PERSON, N_("A participant") },
    { nv_lead_get_type, NV_LEAD_OTHER, N_("Other") },
    { nv_local_role_get_type, NV_LOCAL_ROLE_NONE, N_("Not stated") },
    { nv_local_role_get_type, NV_LOCAL_ROLE_VOLUNTEER, N_("Volunteer") },
    { nv_local_role_get_type, NV_LOCAL_ROLE_COORDINATOR, N_("Coordinator or chair") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i].get_type () == enum_type && labels[i].value == value)
      return _(labels[i].label);

  g_return_val_if_reached (NULL);
}

/**
 * nv_delete_button_new:
 *
 * Returns: (transfer floating): a button that deletes @record from the
 * plan through the window's "win.delete" action, which offers an undo
 */
GtkWidget *
nv_delete_button_new (NvRecord   *record,
                      const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", nv_record_get_id (record));
  return button;
}

/* Shows the top of the first scrolled area in @widget */
void
nv_scroll_to_top (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget)), 0);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    nv_scroll_to_top (child);
}

/**
 * nv_toast_new:
 * @text: plain text, such as "“Karen” deleted"
 *
 * Toasts read their title as Pango markup; what the user typed (a name
 * with "<" or "&") must show as typed.
 *
 * Returns: (transfer full): a toast showing @text as it is
 */
AdwToast *
nv_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/* libadwaita 1.2 frees a toast's state when its hiding animation ends,
 * but the animation that shows it keeps running and uses that state when
 * it ends: a crash when a toast is dismissed before it has finished
 * appearing and its hiding ends first (a toast that replaces another takes
 * 500 ms to appear, hiding takes 300 ms; slow frames can end both in one
 * frame). It happens however the toast is dismissed: its button, Escape,
 * or our code. So a toast shown by nv_toast_show() holds back a dismissal
 * that comes within TOAST_APPEARANCE_USEC of the frame that first showed
 * it, and lets it through once that time has passed. */
#define TOAST_APPEARANCE_USEC (600 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  GtkWidget *overlay;      /* unowned: the guard's callbacks live on it */
  gint64     first_seen;   /* frame time the toast was first on screen, or 0 */
  gboolean   held_back;    /* a dismissal is waiting */
  gboolean   letting_through;
  gboolean   dismissed;
} ToastGuard;

static gboolean
toast_on_screen (GtkWidget *overlay,
                 AdwToast  *toast)
{
  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(AdwToast) shown = NULL;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "toast") == NULL)
        continue;
      g_object_get (child, "toast", &shown, NULL);
      if (shown == toast)
        return TRUE;
    }
  return FALSE;
}

static ToastGuard *
toast_guard (AdwToast *toast)
{
  return g_object_get_data (G_OBJECT (toast), "nv-toast-guard");
}

/* Runs each frame while the toast waits to be shown or a dismissal waits */
static gboolean
toast_guard_tick_cb (GtkWidget     *overlay,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  AdwToast *toast = data;
  ToastGuard *guard = toast_guard (toast);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (guard->first_seen == 0)
    {
      if (guard->dismissed)
        return G_SOURCE_REMOVE;   /* dismissed while it waited in the queue */
      if (toast_on_screen (overlay, toast))
        guard->first_seen = now;
    }
  if (!guard->held_back)
    return guard->first_seen == 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
  if (guard->first_seen != 0 && now - guard->first_seen < TOAST_APPEARANCE_USEC)
    return G_SOURCE_CONTINUE;

  /* adw_toast_dismiss() does nothing now: the toast already let go of
   * its overlay when the dismissal was held back */
  guard->held_back = FALSE;
  guard->dismissed = TRUE;
  guard->letting_through = TRUE;
  g_signal_emit_by_name (toast, "dismissed");
  guard->letting_through = FALSE;
  return G_SOURCE_REMOVE;
}

/* Connected before the overlay's own handler, so it can stop it */
static void
on_guarded_toast_dismissed_cb (AdwToast *toast,
                               gpointer  user_data)
{
  ToastGuard *guard = toast_guard (toast);
  gboolean appearing;

  if (guard->letting_through || guard->held_back || guard->dismissed)
    return;

  /* Unmapped, animations end at once; queued, none has begun */
  appearing = gtk_widget_get_mapped (guard->overlay) &&
              toast_on_screen (guard->overlay, toast) &&
              (guard->first_seen == 0 ||
               g_get_monotonic_time () - guard->first_seen < TOAST_APPEARANCE_USEC);
  if (!appearing)
    {
      guard->dismissed = TRUE;
      return;
    }

  g_signal_stop_emission_by_name (toast, "dismissed");
  guard->held_back = TRUE;
  gtk_widget_add_tick_callback (guard->overlay, toast_guard_tick_cb,
                                g_object_ref (toast), g_object_unref);
}

/**
 * nv_toast_show:
 * @widget: the toast overlay, or a widget inside one
 * @toast: (transfer full): a toast, such as one from nv_toast_new()
 *
 * Shows @toast in the overlay, guarded against libadwaita 1.2's crash
 * (see above). Without an overlay, @toast is dropped.
 */
void
nv_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWidget *overlay = ADW_IS_TOAST_OVERLAY (widget) ? widget
                       : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  ToastGuard *guard;

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  guard = g_new0 (ToastGuard, 1);
  guard->overlay = overlay;
  g_object_set_data_full (G_OBJECT (toast), "nv-toast-guard", guard, g_free);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_guarded_toast_dismissed_cb), NULL);
  gtk_widget_add_tick_callback (overlay, toast_guard_tick_cb, g_object_ref (toast), g_object_unref);

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * nv_add_capture_shortcut:
 * @widget: where the shortcut works, in every widget inside it
 * @action: the action to activate, such as "agenda.add"
 *
 * Binds @keyval+@modifiers to @action before the focused widget sees the
 * key: a text view inside would otherwise take Ctrl+Return as a new line.
 */
void
nv_add_capture_shortcut (GtkWidget       *widget,
                         guint            keyval,
                         GdkModifierType  modifiers,
                         const char      *action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (widget, controller);
}

/**
 * nv_menu_label:
 *
 * Returns: @text for a menu item: an underscore in a name is a letter,
 * not the mark of a keyboard shortcut
 */
char *
nv_menu_label (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

/**
 * nv_display_text:
 * @text: (nullable): a name, title or note as the user wrote it
 *
 * A label lays out all of its text whenever it is measured, and
 * wrapping one unbroken word of 100 000 characters keeps GTK busy for
 * minutes. Rows and labels that summarise a record therefore show the
 * beginning of very long text; the record's own field keeps all of it.
 *
 * Returns: (transfer full) (nullable): @text, or its first characters
 * followed by "…"
 */
char *
nv_display_text (const char *text)
{
  const guint max_chars = 300;
  const char *end = text;

  if (text == NULL)
    return NULL;

  for (guint i = 0; i < max_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* For g_object_bind_property_full(): a record's text shown in a row */
gboolean
nv_display_text_transform (GBinding     *binding,
                           const GValue *from_value,
                           GValue       *to_value,
                           gpointer      user_data)
{
  g_value_take_string (to_value, nv_display_text (g_value_get_string (from_value)));
  return TRUE;
}

/* A row's title from what the user wrote; see nv_display_text() */
void
nv_row_show_title (AdwPreferencesRow *row,
                   const char        *title)
{
  g_autofree char *shown = nv_display_text (title);

  adw_preferences_row_set_title (row, shown);
}

/* A record's summary row: its title and subtitle, both user text */
void
nv_row_show_text (AdwPreferencesRow *row,
                  const char        *title,
                  const char        *subtitle)
{
  g_autofree char *shown_subtitle = nv_display_text (subtitle);

  nv_row_show_title (row, title);
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), shown_subtitle);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown_subtitle);
}

/* A drop-down of earlier answers beside an entry */

typedef struct
{
  GtkEditable     *entry;
  NvSuggestFunc    func;
  gpointer         data;
  GDestroyNotify   destroy;
  GtkListBox      *list;
} Suggestions;

static void
suggestions_free (gpointer user_data)
{
  Suggestions *suggestions = user_data;

  if (suggestions->destroy != NULL)
    suggestions->destroy (suggestions->data);
  g_free (suggestions);
}

static void
on_suggestion_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            GtkMenuButton *button)
{
  Suggestions *suggestions = g_object_get_data (G_OBJECT (button), "nv-suggestions");
  const char *text = g_object_get_data (G_OBJECT (row), "nv-suggestion");

  gtk_menu_button_popdown (button);
  gtk_editable_set_text (suggestions->entry, text);
  gtk_widget_grab_focus (GTK_WIDGET (suggestions->entry));
  gtk_editable_set_position (suggestions->entry, -1);
}

/**
 * nv_suggestion_button_update:
 * @button: a button from nv_suggestion_button_new()
 *
 * Lists the suggestions as they are now, as showing them does.
 *
 * Returns: (transfer none): the list of suggestions, one row each
 */
GtkListBox *
nv_suggestion_button_update (GtkMenuButton *button)
{
  Suggestions *suggestions = g_object_get_data (G_OBJECT (button), "nv-suggestions");
  g_auto(GStrv) values = suggestions->func (suggestions->data);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (suggestions->list))) != NULL)
    gtk_list_box_remove (suggestions->list, child);

  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autofree char *shown = nv_display_text (values[i]);
      GtkWidget *label = gtk_label_new (shown);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "nv-suggestion", g_strdup (values[i]), g_free);
      gtk_list_box_append (suggestions->list, row);
    }
  return suggestions->list;
}

/* The suggestions are looked up each time they are shown: the plan
 * changes while the entry is there */
static void
on_suggestions_shown_cb (GtkPopover    *popover,
                         GtkMenuButton *button)
{
  nv_suggestion_button_update (button);
}

/**
 * nv_suggestion_button_new:
 * @entry: the entry the suggestions are for
 * @func: gives the suggestions, each time they are shown
 * @tooltip: what the button offers
 *
 * Returns: (transfer floating): a drop-down button that lists what
 * @func suggests and puts the one chosen into @entry, to pack beside it
 * (in a box with the "linked" style)
 */
GtkWidget *
nv_suggestion_button_new (GtkEditable    *entry,
                          NvSuggestFunc   func,
                          gpointer        data,
                          GDestroyNotify  destroy,
                          const char     *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  Suggestions *suggestions = g_new0 (Suggestions, 1);

  suggestions->entry = entry;
  suggestions->func = func;
  suggestions->data = data;
  suggestions->destroy = destroy;
  suggestions->list = GTK_LIST_BOX (list);
  g_object_set_data_full (G_OBJECT (button), "nv-suggestions", suggestions, suggestions_free);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), nv_list_placeholder_new (_("No earlier entries")));
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  g_signal_connect (popover, "show", G_CALLBACK (on_suggestions_shown_cb), button);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_suggestion_activated_cb), button);
  return button;
}
