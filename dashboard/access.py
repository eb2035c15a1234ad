"""Who may write through the dashboard, and who they are.

Uploads and corrections change what every user sees: in a shared deployment they are
protected by a password from `.streamlit/secrets.toml` (`[upload] password`, and for
corrections `[corrections] password`, else the upload one). A correction records who made it:
the login name where the app has one (`st.user`), else the name the user types.
"""

from __future__ import annotations

import hmac

import streamlit as st


def settings(section: str) -> dict:
    try:
        return dict(st.secrets.get(section, {}))
    except FileNotFoundError:  # no secrets file: defaults
        return {}


def password_for(section: str) -> str | None:
    own = settings(section).get("password")
    return str(own) if own else (str(settings("upload").get("password") or "") or None)


def unlocked(section: str, label: str, key: str) -> bool:
    """True when no password is set or this session gave it; otherwise draws the box."""
    password = password_for(section) if section != "upload" else settings("upload").get("password")
    flag = f"{section}-ok"
    if not password or st.session_state.get(flag):
        return True
    given = st.text_input(label, type="password", key=key)
    if given and hmac.compare_digest(given, str(password)):
        st.session_state[flag] = True
        st.rerun()
    if given:
        st.error("Kata sandi salah.")
    return False


def login_name() -> str | None:
    """The signed-in user's name where the app uses Streamlit's login, else None."""
    try:
        user = st.user
        if user.get("is_logged_in"):
            return str(user.get("email") or user.get("name") or "") or None
    except (AttributeError, KeyError, RuntimeError):
        pass
    return None
